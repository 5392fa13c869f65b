//! Parcours: routes to the French professional title « Médiateur numérique ».
//! Data flows one way: catalog + profile → plan → view.

#![recursion_limit = "256"]
// clippy.toml holds the wasm to the app's own sort and keeps hash maps out (its size); native code
// (tests, tools, the first screen drawn at build time) may use the standard ones.
#![cfg_attr(
    not(target_arch = "wasm32"),
    allow(clippy::disallowed_methods, clippy::disallowed_types)
)]

pub mod catalog;
pub mod i18n;
pub mod plan;
pub mod sort;
pub mod store;
pub mod ui;
