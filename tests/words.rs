//! build.rs' reading of the interface's English (`build/words.rs`), tested where tests run:
//! build scripts have none of their own.

// Native only: clippy.toml's list of sorts and collections is for the wasm's size.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

#[allow(dead_code)]
#[path = "../build/words.rs"]
mod words;
