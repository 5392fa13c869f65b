//! The regulated facts: titles, blocks (CCPs), equivalences, modalities, funding schemes,
//! each with its source, check date and confidence. The data lives in `catalog/catalog.toml`;
//! build.rs validates it and compiles it into [`official`]. The types, dates and validation
//! are the `parcours-catalog` crate's (crates/catalog), which build.rs shares.

pub use parcours_catalog::*;

mod generated {
    // The catalog as build.rs wrote it with databake: `alloc::borrow::Cow::Borrowed(…)` texts.
    extern crate alloc;
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

/// The catalog shipped with this build (validated at build time).
pub fn official() -> &'static Catalog {
    &generated::CATALOG
}

/// The catalog file as shipped, for native tools and tests.
#[cfg(not(target_arch = "wasm32"))]
pub const SOURCE_TOML: &str = include_str!("../../catalog/catalog.toml");

/// Reads and validates a catalog file (native tools and tests; the wasm never parses TOML).
#[cfg(not(target_arch = "wasm32"))]
pub fn from_toml(text: &str) -> Result<Catalog, Vec<CatalogError>> {
    let catalog: Catalog = toml::from_str(text).map_err(|e| {
        vec![CatalogError {
            entry: "fichier".into(),
            field: e
                .span()
                .map_or_else(String::new, |s| format!("octets {}..{}", s.start, s.end)),
            problem: e.message().to_string(),
        }]
    })?;
    let errors = validate(&catalog);
    if errors.is_empty() {
        Ok(catalog)
    } else {
        Err(errors)
    }
}
