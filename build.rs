//! Validates catalog/catalog.toml and turns it into a Rust `static`, so that a broken catalog
//! does not build and the wasm carries the facts as data, with no parser.

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
const ENGLISH: &str = "catalog/en.toml";

/// catalog/en.toml: the English of every text the app shows from the catalog.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct English {
    #[serde(default)]
    same: Vec<String>,
    #[serde(default)]
    t: Vec<Pair>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Pair {
    fr: String,
    en: String,
}

fn main() {
    // PARCOURS_CATALOG builds with another catalog file (a draft under review, or a minimal one
    // to measure what the catalog adds to the wasm); by default, the shipped one.
    println!("cargo:rerun-if-env-changed=PARCOURS_CATALOG");
    let catalog_path = env::var("PARCOURS_CATALOG").unwrap_or_else(|_| DEFAULT_CATALOG.into());
    for path in [
        catalog_path.as_str(),
        ENGLISH,
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
    let english = english_table(&catalog);
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_else(|| fail("OUT_DIR unset")))
        .join("catalog.rs");
    fs::write(
        &out,
        format!("pub(super) static CATALOG: Catalog = {code};\n{english}\n"),
    )
    .unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
}

/// The English of each shown text, as a static table sorted by the French text. Refuses a
/// shown text with no English, an English entry matching no shown text, and a text given twice.
fn english_table(catalog: &model::Catalog) -> String {
    let text = fs::read_to_string(ENGLISH).unwrap_or_else(|e| fail(&format!("{ENGLISH} : {e}")));
    let file: English =
        toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{ENGLISH} illisible :\n{e}")));
    let mut table = std::collections::BTreeMap::new();
    let mut problems = Vec::new();
    let pairs = file
        .same
        .iter()
        .map(|s| (s, s))
        .chain(file.t.iter().map(|p| (&p.fr, &p.en)));
    for (fr, en) in pairs {
        if en.trim().is_empty() {
            problems.push(format!("  - « {fr} » : traduction vide"));
        }
        if table.insert(fr.as_str(), en.as_str()).is_some() {
            problems.push(format!("  - « {fr} » : traduit deux fois"));
        }
    }
    let shown = catalog.shown_texts();
    for fr in &shown {
        if !table.contains_key(fr) {
            problems.push(format!("  - « {fr} » : pas de traduction anglaise"));
        }
    }
    for fr in table.keys() {
        if !shown.contains(fr) {
            problems.push(format!(
                "  - « {fr} » : ce texte n'est plus dans le catalogue (modifié ? mettez la clé à jour)"
            ));
        }
    }
    if !problems.is_empty() {
        fail(&format!("{ENGLISH} refusé :\n{}", problems.join("\n")));
    }
    let rows: Vec<String> = table
        .iter()
        .map(|(fr, en)| format!("({fr:?}, {en:?}),"))
        .collect();
    format!(
        "/// The English of the shown texts, sorted by the French text.\npub(super) static ENGLISH: &[(&str, &str)] = &[{}];",
        rows.join("\n")
    )
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    process::exit(1)
}
