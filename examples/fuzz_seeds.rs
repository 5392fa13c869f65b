//! `cargo run --example fuzz_seeds -- DIR`: writes the fuzzers' first inputs (scripts/fuzz.sh)
//! from the cases the tests already hold: every scenario's profile as a share link, as stored
//! plans (today's form and the first release's keys), as a plan file and as profile JSON.

// Native only: clippy.toml's list of collections is for the wasm's size.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use parcours::catalog::Date;
use parcours::plan::Profile;
use parcours::store::plans::{export_file, Book};
use parcours::store::{link, Progress};
use std::path::Path;

fn main() -> Result<(), String> {
    let out = std::env::args().nth(1).ok_or("usage: fuzz_seeds DIR")?;
    let out = Path::new(&out);
    let today = Date::new(2026, 12, 7).ok_or("a date")?;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| e.to_string())?
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let text = std::fs::read_to_string(entry.path()).map_err(|e| e.to_string())?;
        let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        let raw = value["profile"].to_string();
        let name = entry
            .path()
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let write = |target: &str, bytes: Vec<u8>| -> Result<(), String> {
            let d = out.join(target);
            std::fs::create_dir_all(&d).map_err(|e| e.to_string())?;
            std::fs::write(d.join(format!("seed-{name}")), bytes).map_err(|e| e.to_string())
        };
        // Refused profiles are seeds too: the profile check reads them.
        write("profile_check", raw.clone().into_bytes())?;
        let mut v1 = vec![1u8];
        v1.extend(raw.as_bytes());
        write("stored_plans", v1)?;
        let Ok(profile) = serde_json::from_value::<Profile>(value["profile"].clone()) else {
            continue;
        };
        write("share_link", link::encode(&profile).into_bytes())?;
        let mut book = Book::default();
        let id = book.add(&name, profile, Progress::default());
        let mut stored = vec![0u8];
        stored.extend(book.encode().unwrap_or_default().as_bytes());
        write("stored_plans", stored)?;
        if let Some(p) = book.get(&id) {
            write("plan_file", export_file(p, today).into_bytes())?;
        }
        n += 1;
    }
    println!("seeds from {n} scenarios in {}", out.display());
    Ok(())
}
