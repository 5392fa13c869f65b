//! Prints the plan of a profile as JSON, to check a catalog change against real situations.
//!
//! cargo run --example plan -- PROFILE.json [--today AAAA-MM-JJ] [--catalog catalog/catalog.toml]

use parcours::catalog::{self, Date};
use parcours::i18n;
use parcours::plan::{plan, Profile};
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<String, String> {
    let usage = "usage : cargo run --example plan -- PROFIL.json [--today AAAA-MM-JJ] [--catalog FICHIER.toml]";
    let mut args = std::env::args().skip(1);
    let (mut profile_path, mut today, mut catalog_path) = (None, None, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--today" => {
                today = Some(Date::parse(&args.next().ok_or(usage)?).map_err(|e| e.to_string())?)
            }
            "--catalog" => catalog_path = Some(args.next().ok_or(usage)?),
            "-h" | "--help" => return Err(usage.into()),
            _ => profile_path = Some(a),
        }
    }
    let path = profile_path.ok_or(usage)?;
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path} : {e}"))?;
    // A bare profile, or a scenario of tests/scenarios/ ({ "today", "profile", "expect" }).
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{path} : {e}"))?;
    let (value, scenario_today) = match value.get("profile") {
        Some(p) => (
            p.clone(),
            value
                .get("today")
                .and_then(|t| t.as_str())
                .map(Date::parse)
                .transpose()
                .map_err(|e| e.to_string())?,
        ),
        None => (value, None),
    };
    let profile: Profile = serde_json::from_value(value).map_err(|e| format!("{path} : {e}"))?;
    let owned;
    let catalog = match catalog_path {
        Some(p) => {
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{p} : {e}"))?;
            owned = catalog::from_toml(&text).map_err(|errors| {
                errors
                    .iter()
                    .map(|e| format!("{p} : {e}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
            &owned
        }
        None => catalog::official(),
    };
    let today = today.or(scenario_today).unwrap_or(catalog.meta.checked);
    let plan = plan(&profile, catalog, today).map_err(|e| format!("{path} : {e}"))?;
    // The plan's reasons are codes with figures; add the words a person reads beside them.
    let mut json = serde_json::to_value(&plan).map_err(|e| e.to_string())?;
    for (r, route) in plan.routes.iter().enumerate() {
        for (s, step) in route.steps.iter().enumerate() {
            for (f, option) in step.funding.iter().enumerate() {
                json["routes"][r]["steps"][s]["funding"][f]["why"] =
                    i18n::reason(&option.reason).into();
            }
        }
    }
    for (w, warning) in plan.warnings.iter().enumerate() {
        json["warnings"][w]["text"] = i18n::warning(warning, catalog).into();
    }
    serde_json::to_string_pretty(&json).map_err(|e| e.to_string())
}
