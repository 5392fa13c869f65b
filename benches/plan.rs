//! `cargo bench --bench plan`: the median time of `plan()` over the scenario profiles.
//! A measurement, not a test: it prints figures and never fails on them.

// Native only: clippy.toml's list of sorts and collections is for the wasm's size.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use parcours::catalog::{self, Date};
use parcours::plan::{plan, Profile};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut profiles: Vec<(String, Profile)> = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/scenarios") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("scenario");
        let value: serde_json::Value = serde_json::from_str(&text).expect("json");
        if let Ok(p) = serde_json::from_value::<Profile>(value["profile"].clone()) {
            profiles.push((path.file_stem().unwrap().to_string_lossy().into(), p));
        }
    }
    profiles.sort_by(|a, b| a.0.cmp(&b.0));
    let c = catalog::official();
    let today = Date::parse("2026-11-29").unwrap();
    let mut all = Vec::new();
    println!("{:<36} {:>12}", "profile", "median");
    for (name, p) in &profiles {
        // Warm up, then time batches and keep the per-call median.
        for _ in 0..200 {
            let _ = black_box(plan(black_box(p), c, today));
        }
        let mut samples: Vec<Duration> = (0..101)
            .map(|_| {
                let start = Instant::now();
                for _ in 0..50 {
                    let _ = black_box(plan(black_box(p), c, today));
                }
                start.elapsed() / 50
            })
            .collect();
        samples.sort();
        let median = samples[samples.len() / 2];
        all.extend(samples);
        println!("{name:<36} {:>9.1} µs", median.as_secs_f64() * 1e6);
    }
    all.sort();
    println!(
        "all profiles: median {:.1} µs, p95 {:.1} µs (budget: median ≤ 50 µs)",
        all[all.len() / 2].as_secs_f64() * 1e6,
        all[all.len() * 95 / 100].as_secs_f64() * 1e6
    );
}
