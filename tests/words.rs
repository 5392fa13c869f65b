//! build.rs' reading of the interface's English (`build/words.rs`), tested where tests run:
//! build scripts have none of their own.
#[allow(dead_code)]
#[path = "../build/words.rs"]
mod words;
