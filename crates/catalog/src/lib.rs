//! The catalog's types, its calendar dates and its validation: shared by build.rs, which reads
//! catalog/catalog.toml, validates it and writes it as Rust, and by the app, which carries that
//! Rust as a `static`. The app re-exports all of it as `parcours::catalog`.

// clippy.toml's list of sorts and collections is for the wasm's size: the validation, native
// only, keeps its hash set.
#![cfg_attr(
    not(target_arch = "wasm32"),
    allow(clippy::disallowed_methods, clippy::disallowed_types)
)]

pub mod date;
pub mod lang;
pub mod model;
// Native only: build.rs validates the catalog before the wasm is built; tests and tools too.
#[cfg(not(target_arch = "wasm32"))]
mod texts;
#[cfg(not(target_arch = "wasm32"))]
pub mod validate;

pub use date::{Date, NotADate};
pub use lang::Lang;
pub use model::*;
#[cfg(not(target_arch = "wasm32"))]
pub use validate::{validate, CatalogError};
