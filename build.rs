//! Validates catalog/catalog.toml and turns it into a Rust `static`, so that a broken catalog
//! does not build and the wasm carries the facts as data, with no parser.
//!
//! Gathers the English too (catalog/en.toml and the interface's `tr!` calls) into one file the
//! page fetches only when a person asks for English (see `src/i18n`).

// Native only: clippy.toml's list of sorts and collections is for the wasm's size.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

#[path = "build/words.rs"]
mod words;

use databake::Bake;
use parcours_catalog as model;
use parcours_catalog::validate;

use std::{collections::BTreeMap, env, fs, path::PathBuf, process};

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
        "build/words.rs",
        // The interface's English is read from the sources' `tr!` calls.
        "src",
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
    // The validated catalog as one Rust expression (databake): texts and lists borrowed from
    // the wasm's data, nothing parsed or built at start-up.
    let code = catalog.bake(&Default::default());
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_else(|| fail("OUT_DIR unset")));
    let write = |name: &str, text: &str| {
        fs::write(out.join(name), text)
            .unwrap_or_else(|e| fail(&format!("{}: {e}", out.join(name).display())))
    };
    write(
        "catalog.rs",
        &format!("pub(super) static CATALOG: parcours_catalog::Catalog = {code};\n"),
    );
    let mut english = catalog_english(&catalog);
    add_interface_english(&mut english);
    let file = english_file(&english);
    write("english.txt", &file);
    write(
        "english.rs",
        &format!(
            "/// The English file's name: the page fetches it when a person asks for English. Its\n\
             /// name holds a hash of its contents, so a new release never reads an old copy.\n\
             pub const FILE: &str = \"english-{:016x}.txt\";\n\
             /// The same contents, built in: for native tools and tests, and for the example that\n\
             /// writes the file next to the page. The release wasm does not carry it.\n\
             pub static BUNDLED: &str = include_str!(concat!(env!(\"OUT_DIR\"), \"/english.txt\"));\n",
            fnv(file.as_bytes())
        ),
    );
}

/// The English of each text the app shows from the catalog, by its French. Refuses a shown
/// text with no English, an English entry matching no shown text, and a text given twice.
fn catalog_english(catalog: &model::Catalog) -> BTreeMap<String, String> {
    let text = fs::read_to_string(ENGLISH).unwrap_or_else(|e| fail(&format!("{ENGLISH} : {e}")));
    let file: English =
        toml::from_str(&text).unwrap_or_else(|e| fail(&format!("{ENGLISH} illisible :\n{e}")));
    let mut table = BTreeMap::new();
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
        if table.insert(fr.clone(), en.clone()).is_some() {
            problems.push(format!("  - « {fr} » : traduit deux fois"));
        }
    }
    let shown = catalog.shown_texts();
    for fr in &shown {
        if !table.contains_key(*fr) {
            problems.push(format!("  - « {fr} » : pas de traduction anglaise"));
        }
    }
    for fr in table.keys() {
        if !shown.contains(&fr.as_str()) {
            problems.push(format!(
                "  - « {fr} » : ce texte n'est plus dans le catalogue (modifié ? mettez la clé à jour)"
            ));
        }
    }
    if !problems.is_empty() {
        fail(&format!("{ENGLISH} refusé :\n{}", problems.join("\n")));
    }
    table
}

/// Adds the interface's English, read from every `tr!`, `trf!`, `pair!` and `words!` call under
/// src/.
/// One French text has one English: the same French with two Englishes is refused (the page
/// finds the English by the French).
fn add_interface_english(table: &mut BTreeMap<String, String>) {
    let mut files = Vec::new();
    sources(std::path::Path::new("src"), &mut files);
    files.sort();
    let mut problems = Vec::new();
    for path in &files {
        let name = path.display().to_string();
        let text = fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{name}: {e}")));
        match words::extract(&name, &text) {
            Ok(pairs) => {
                for (fr, en) in pairs {
                    if en.trim().is_empty() {
                        problems.push(format!("  - {name} : « {fr} » : traduction vide"));
                    }
                    match table.get(&fr) {
                        Some(other) if *other != en => problems.push(format!(
                            "  - {name} : « {fr} » a deux traductions, « {other} » et « {en} » : \
                             changez l'un des textes français"
                        )),
                        _ => {
                            table.insert(fr, en);
                        }
                    }
                }
            }
            Err(e) => problems.extend(e.into_iter().map(|p| format!("  - {p}"))),
        }
    }
    if !problems.is_empty() {
        fail(&format!(
            "Textes de l'interface refusés :\n{}",
            problems.join("\n")
        ));
    }
}

fn sources(dir: &std::path::Path, files: &mut Vec<PathBuf>) {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| fail(&format!("{}: {e}", dir.display())));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, files);
        } else if path.extension().is_some_and(|x| x == "rs") {
            files.push(path);
        }
    }
}

/// The English file: one record per text, sorted by the French (the page looks texts up by
/// binary search), each `French` U+001F `English` U+001E. No text may hold those two
/// separators.
fn english_file(table: &BTreeMap<String, String>) -> String {
    let mut file = String::new();
    for (fr, en) in table {
        if [fr, en].iter().any(|t| t.contains(['\u{1e}', '\u{1f}'])) {
            fail(&format!(
                "« {fr} » : caractère de contrôle U+001E ou U+001F"
            ));
        }
        file.push_str(fr);
        file.push('\u{1f}');
        file.push_str(en);
        file.push('\u{1e}');
    }
    file
}

/// FNV-1a, 64 bits: enough to tell one release's English file from another's.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    process::exit(1)
}
