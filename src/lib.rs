//! Parcours: routes to the French professional title « Médiateur numérique ».
//! Data flows one way: catalog + profile → plan → view.

#![recursion_limit = "256"]

pub mod catalog;
pub mod i18n;
pub mod plan;
pub mod qr;
pub mod sort;
pub mod store;
pub mod ui;
