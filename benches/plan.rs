//! `cargo bench --bench plan`: the time of `plan()` for each scenario profile, measured by divan
//! (its table gives the median per profile; the budget is a median of at most 50 µs).
//! A measurement, not a test: it prints figures and never fails on them.

// Native only: clippy.toml's list of collections is for the wasm's size.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use parcours::catalog::{self, Date};
use parcours::plan::Profile;
use std::sync::LazyLock;

/// Every scenario's profile, by the scenario's name (tests/scenarios/).
static PROFILES: LazyLock<Vec<(String, Profile)>> = LazyLock::new(|| {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut profiles: Vec<(String, Profile)> = std::fs::read_dir(&dir)
        .expect("tests/scenarios")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let text = std::fs::read_to_string(&path).ok()?;
            let value: serde_json::Value = serde_json::from_str(&text).ok()?;
            // The scenarios that expect a refused profile have nothing to plan.
            let profile = serde_json::from_value::<Profile>(value["profile"].clone()).ok()?;
            let name = path.file_stem()?.to_string_lossy().to_string();
            Some((name, profile))
        })
        .collect();
    profiles.sort_by(|a, b| a.0.cmp(&b.0));
    profiles
});

fn names() -> Vec<&'static str> {
    PROFILES.iter().map(|(name, _)| name.as_str()).collect()
}

fn main() {
    divan::main();
}

#[divan::bench(args = names())]
fn plan(bencher: divan::Bencher, name: &str) {
    let profile = &PROFILES
        .iter()
        .find(|(n, _)| n == name)
        .expect("a scenario")
        .1;
    let (c, today) = (
        catalog::official(),
        Date::parse("2026-11-29").expect("a date"),
    );
    bencher.bench(|| parcours::plan::plan(divan::black_box(profile), c, today));
}
