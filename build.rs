//! Validates catalog/catalog.toml and turns it into Rust code, so that a broken catalog
//! does not build and the wasm carries no parser.

#[allow(dead_code)]
#[path = "src/catalog/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "build/emit.rs"]
mod emit;
#[allow(dead_code)]
#[path = "src/catalog/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/catalog/validate.rs"]
mod validate;

use std::{env, fs, path::PathBuf, process};

const DEFAULT_CATALOG: &str = "catalog/catalog.toml";

fn main() {
    // PARCOURS_CATALOG builds with another catalog file (a draft under review, or a minimal one
    // to measure what the catalog adds to the wasm); by default, the shipped one.
    println!("cargo:rerun-if-env-changed=PARCOURS_CATALOG");
    let catalog_path = env::var("PARCOURS_CATALOG").unwrap_or_else(|_| DEFAULT_CATALOG.into());
    for path in [
        catalog_path.as_str(),
        "src/catalog/date.rs",
        "src/catalog/model.rs",
        "src/catalog/validate.rs",
        "build/emit.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let text = fs::read_to_string(&catalog_path)
        .unwrap_or_else(|e| fail(&format!("{catalog_path} : {e}")));
    let catalog: model::Catalog =
        toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{catalog_path} illisible :\n{e}")));
    let errors = validate::validate(&catalog);
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(|e| format!("  - {e}")).collect();
        fail(&format!("{catalog_path} refusé :\n{}", list.join("\n")));
    }
    let code = emit::to_rust(&catalog).unwrap_or_else(|e| fail(&e.to_string()));
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_else(|| fail("OUT_DIR unset")))
        .join("catalog.rs");
    fs::write(
        &out,
        format!("pub(super) fn build() -> Catalog {{ {code} }}\n"),
    )
    .unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    process::exit(1)
}
