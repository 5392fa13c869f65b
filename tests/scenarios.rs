//! Runs every situation of tests/scenarios/: a profile, the date, and the facts its plan must
//! show. Expectations are checked on the plan's JSON form, the one docs/planner.md documents.

// Native only: clippy.toml's list of sorts and collections is for the wasm's size.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use parcours::catalog::{self, Date};
use parcours::plan::{plan, Profile};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::Path;

/// A scenario file: a profile, the date, and what its plan must show. Unknown keys are refused
/// (here and in `Expect`), so a misspelt expectation fails instead of being silently skipped.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    /// What the situation is and why it matters, in words.
    #[allow(dead_code)]
    about: String,
    today: String,
    /// Kept as JSON: the profile is parsed by the app's own type, and the example reads it alone.
    profile: Value,
    expect: Expect,
}

/// What a plan must show. Each field is optional; amounts and best cases are compared as JSON,
/// in the form docs/planner.md documents.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    /// The profile is refused on this field.
    error_field: Option<String>,
    remaining: Option<Value>,
    route_count: Option<usize>,
    #[serde(default)]
    routes_include: Vec<String>,
    #[serde(default)]
    routes_exclude: Vec<String>,
    first_route: Option<String>,
    /// Each step as « scope:modality », or « experience ».
    #[serde(default)]
    route_steps: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    strengths: BTreeMap<String, Vec<String>>,
    /// Route id → the reason code of its exclusion.
    #[serde(default)]
    excluded: BTreeMap<String, String>,
    #[serde(default)]
    verdicts: Vec<VerdictExpect>,
    #[serde(default)]
    warnings: Vec<String>,
    #[serde(default)]
    no_warnings: Vec<String>,
    #[serde(default)]
    warning_fields: BTreeMap<String, BTreeMap<String, Value>>,
    /// Held block → its mapping.
    #[serde(default)]
    acquired: BTreeMap<String, Value>,
    #[serde(default)]
    unknowns: Vec<Value>,
    all_ways: Option<String>,
    #[serde(default)]
    route_to_pay: BTreeMap<String, Value>,
    #[serde(default)]
    route_feasibility: BTreeMap<String, Value>,
    #[serde(default)]
    route_conditions: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    route_best_case: BTreeMap<String, Value>,
    /// Each pair: the first route comes before the second.
    #[serde(default)]
    route_before: Vec<(String, String)>,
    /// `Some(Value::Null)` expects no title held; absent, not checked.
    #[serde(default, deserialize_with = "present")]
    holds_title: Option<Value>,
    related: Option<Value>,
    #[serde(default)]
    step_to_pay: BTreeMap<String, Vec<Value>>,
    /// Route id → codes of conditions it must not have.
    #[serde(default)]
    route_no_conditions: BTreeMap<String, Vec<String>>,
    /// Route id → JSON pointer into the route (`/money/left_sure`, `/income/kind`) → value.
    #[serde(default)]
    route_values: BTreeMap<String, BTreeMap<String, Value>>,
    /// No route is open without a condition.
    #[serde(default)]
    no_firm_route: bool,
    /// JSON pointer into the plan (`/first_because`) → value.
    #[serde(default)]
    plan_values: BTreeMap<String, Value>,
}

/// A scheme's verdict and reason wherever it is offered, or `"absent"`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VerdictExpect {
    scheme: String,
    verdict: String,
    reason: Option<String>,
    /// Fields of the reason and their values.
    #[serde(default)]
    fields: BTreeMap<String, Value>,
}

/// A key that is present, even as `null`, is `Some`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

fn scenarios() -> Vec<(String, Scenario)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut out: Vec<(String, Scenario)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            let s = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, s)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// Every funding option of a scheme, across all routes and steps.
fn options<'a>(plan: &'a Value, scheme: &str) -> Vec<&'a Value> {
    plan["routes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["steps"].as_array().unwrap())
        .flat_map(|s| s["funding"].as_array().unwrap())
        .filter(|o| o["scheme"] == scheme)
        .collect()
}

fn route<'a>(plan: &'a Value, id: &str) -> Option<&'a Value> {
    plan["routes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
}

fn step_signature(step: &Value) -> String {
    match step["kind"].as_str() {
        Some("experience") => "experience".into(),
        _ => format!(
            "{}:{}",
            step["scope"].as_str().unwrap(),
            step["modality"].as_str().unwrap()
        ),
    }
}

fn codes(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap())
        .collect()
}

/// Checks one scenario; returns the failed expectations.
fn check(name: &str, s: &Scenario) -> Vec<String> {
    let mut failures = Vec::new();
    let mut fail = |m: String| failures.push(format!("{name}: {m}"));
    let today = Date::parse(&s.today).unwrap();
    let profile: Profile =
        serde_json::from_value(s.profile.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let e = &s.expect;
    let result = plan(&profile, catalog::official(), today);
    if let Some(field) = &e.error_field {
        match result {
            Err(err) if err.field == *field => {}
            Err(err) => fail(format!("error on {} instead of {field}: {err}", err.field)),
            Ok(_) => fail(format!("accepted, expected an error on {field}")),
        }
        return failures;
    }
    let plan = match result {
        Ok(p) => serde_json::to_value(p).unwrap(),
        Err(err) => {
            fail(format!("refused: {err}"));
            return failures;
        }
    };
    let ids: Vec<&str> = plan["routes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    if let Some(v) = &e.remaining {
        if plan["remaining"] != *v {
            fail(format!("remaining {} instead of {v}", plan["remaining"]));
        }
    }
    if let Some(n) = e.route_count {
        if ids.len() != n {
            fail(format!("{} routes instead of {n}: {ids:?}", ids.len()));
        }
    }
    for id in &e.routes_include {
        if !ids.contains(&id.as_str()) {
            fail(format!("no route {id:?} among {ids:?}"));
        }
    }
    for id in &e.routes_exclude {
        if ids.contains(&id.as_str()) {
            fail(format!("route {id} should not be offered"));
        }
    }
    if let Some(first) = &e.first_route {
        if ids.first() != Some(&first.as_str()) {
            fail(format!("first route {:?} instead of {first}", ids.first()));
        }
    }
    for (id, want) in &e.route_steps {
        match route(&plan, id) {
            None => fail(format!("no route {id:?} among {ids:?}")),
            Some(r) => {
                let got: Vec<String> = r["steps"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(step_signature)
                    .collect();
                if got != *want {
                    fail(format!("route {id} steps {got:?} instead of {want:?}"));
                }
            }
        }
    }
    for (id, strengths) in &e.strengths {
        let have = route(&plan, id)
            .map(|r| r["strengths"].clone())
            .unwrap_or(Value::Null);
        for st in strengths {
            if !have.as_array().is_some_and(|h| h.iter().any(|x| x == st)) {
                fail(format!("route {id} lacks strength {st} (has {have})"));
            }
        }
    }
    for (id, reason) in &e.excluded {
        let found = plan["excluded"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["route"] == *id);
        match found {
            Some(x) if x["reason"]["code"] == *reason => {}
            other => fail(format!(
                "route {id} should be excluded for {reason}, got {other:?}"
            )),
        }
    }
    for v in &e.verdicts {
        let scheme = v.scheme.as_str();
        let found = options(&plan, scheme);
        if v.verdict == "absent" {
            if !found.is_empty() {
                fail(format!("{scheme} should not be offered"));
            }
            continue;
        }
        if found.is_empty() {
            fail(format!("{scheme} is never offered"));
        }
        for o in found {
            let reason_ok = v.reason.as_ref().is_none_or(|r| o["reason"]["code"] == *r);
            if o["verdict"] != v.verdict || !reason_ok {
                fail(format!(
                    "{scheme}: {} / {} instead of {} / {:?}",
                    o["verdict"], o["reason"]["code"], v.verdict, v.reason
                ));
            }
            for (k, want) in &v.fields {
                if o["reason"][k] != *want {
                    fail(format!(
                        "{scheme}: {k} = {} instead of {want}",
                        o["reason"][k]
                    ));
                }
            }
        }
    }
    let warnings = codes(&plan["warnings"]);
    for w in &e.warnings {
        if !warnings.contains(&w.as_str()) {
            fail(format!("no warning {w:?} among {warnings:?}"));
        }
    }
    for w in &e.no_warnings {
        if warnings.contains(&w.as_str()) {
            fail(format!("unexpected warning {w}"));
        }
    }
    for (code, fields) in &e.warning_fields {
        let w = plan["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["code"] == *code);
        for (k, want) in fields {
            if w.map(|w| &w[k]) != Some(want) {
                fail(format!(
                    "warning {code}: {k} = {:?} instead of {want}",
                    w.map(|w| &w[k])
                ));
            }
        }
    }
    for (block, mapping) in &e.acquired {
        let a = plan["acquired"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["block"] == *block);
        match a {
            Some(a) if a["mapping"] == *mapping => {}
            other => fail(format!(
                "acquired {block}: {other:?} instead of mapping {mapping}"
            )),
        }
    }
    for u in &e.unknowns {
        if !plan["unknowns"].as_array().unwrap().contains(u) {
            fail(format!("unknown {u} not listed in {}", plan["unknowns"]));
        }
    }
    if let Some(way) = &e.all_ways {
        for r in plan["routes"].as_array().unwrap() {
            if r["way"] != *way {
                fail(format!(
                    "route {} is {} instead of {way}",
                    r["id"], r["way"]
                ));
            }
        }
    }
    for (id, want) in &e.route_to_pay {
        if route(&plan, id).map(|r| &r["to_pay"]) != Some(want) {
            fail(format!(
                "route {id} to pay {:?} instead of {want}",
                route(&plan, id).map(|r| &r["to_pay"])
            ));
        }
    }
    for (id, want) in &e.route_feasibility {
        let got = route(&plan, id).map(|r| &r["feasibility"]);
        if got != Some(want) {
            fail(format!("route {id} is {got:?} instead of {want}"));
        }
    }
    for (id, wanted) in &e.route_conditions {
        let have: Vec<&str> = route(&plan, id)
            .filter(|r| r["conditions"].is_array())
            .map(|r| codes(&r["conditions"]))
            .unwrap_or_default();
        for c in wanted {
            if !have.contains(&c.as_str()) {
                fail(format!("route {id} lacks condition {c} (has {have:?})"));
            }
        }
    }
    for (id, want) in &e.route_best_case {
        let got = route(&plan, id).map(|r| &r["best_case"]);
        let same = match (got, want) {
            (Some(g), Value::Null) => g.is_null(),
            (Some(g), w) => {
                g["to_pay"] == w["to_pay"]
                    && w["if_agreed"].as_array().into_iter().flatten().all(|s| {
                        g["if_agreed"]
                            .as_array()
                            .is_some_and(|have| have.contains(s))
                    })
            }
            (None, _) => false,
        };
        if !same {
            fail(format!("route {id} best case {got:?} instead of {want}"));
        }
    }
    for (a, b) in &e.route_before {
        let (i, j) = (
            ids.iter().position(|x| x == a),
            ids.iter().position(|x| x == b),
        );
        match (i, j) {
            (Some(i), Some(j)) if i < j => {}
            _ => fail(format!("route {a} should come before {b}: {ids:?}")),
        }
    }
    if let Some(want) = &e.holds_title {
        if plan["holds_title"] != *want {
            fail(format!(
                "holds_title {} instead of {want}",
                plan["holds_title"]
            ));
        }
    }
    if let Some(want) = &e.related {
        let got = plan
            .get("related")
            .cloned()
            .unwrap_or(Value::Array(Vec::new()));
        if got != *want {
            fail(format!("related certifications {got} instead of {want}"));
        }
    }
    for (id, want) in &e.step_to_pay {
        for (i, w) in want.iter().enumerate() {
            let got = route(&plan, id).map(|r| r["steps"][i]["to_pay"].clone());
            if got.as_ref() != Some(w) {
                fail(format!("route {id} step {i} to pay {got:?} instead of {w}"));
            }
        }
    }
    for (id, unwanted) in &e.route_no_conditions {
        let have: Vec<&str> = route(&plan, id)
            .map(|r| codes(&r["conditions"]))
            .unwrap_or_default();
        for c in unwanted {
            if have.contains(&c.as_str()) {
                fail(format!("route {id} has condition {c} (has {have:?})"));
            }
        }
    }
    for (id, values) in &e.route_values {
        let Some(r) = route(&plan, id) else {
            fail(format!("no route {id:?} among {ids:?}"));
            continue;
        };
        for (pointer, want) in values {
            let got = r.pointer(pointer);
            if got != Some(want) {
                fail(format!("route {id} {pointer} = {got:?} instead of {want}"));
            }
        }
    }
    for (pointer, want) in &e.plan_values {
        let got = plan.pointer(pointer);
        if got != Some(want) {
            fail(format!("plan {pointer} = {got:?} instead of {want}"));
        }
    }
    if e.no_firm_route {
        for r in plan["routes"].as_array().unwrap() {
            if r["feasibility"] == "firm" {
                fail(format!("route {} is open without a condition", r["id"]));
            }
        }
    }
    failures
}

#[test]
fn every_scenario_shows_the_facts_it_must() {
    let all = scenarios();
    assert!(all.len() >= 12, "only {} scenarios", all.len());
    let failures: Vec<String> = all.iter().flat_map(|(name, s)| check(name, s)).collect();
    assert!(
        failures.is_empty(),
        "{} failed expectations:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_checker_notices_a_wrong_expectation() {
    // A scenario whose expectations are false must fail: the harness is not a rubber stamp.
    let (_, mut s) = scenarios()
        .into_iter()
        .find(|(n, _)| n == "newcomer-job-seeker")
        .unwrap();
    s.expect = serde_json::from_value(json!({
        "remaining": ["mn-autres"],
        "routes_include": ["no-such-route"],
        "verdicts": [{"scheme": "cpf", "verdict": "not-eligible", "reason": "cpf-open"}],
        "warnings": ["all-blocks-held"],
        "first_route": "terrain-nope",
        "route_feasibility": {"formation-blocs": "unlikely"},
        "route_conditions": {"formation-blocs": ["no-such-condition"]},
        "route_before": [["vae-titre", "formation-blocs"]]
    }))
    .unwrap();
    let failures = check("altered", &s);
    for expected in [
        "remaining",
        "no route \"no-such-route\"",
        "cpf:",
        "no warning \"all-blocks-held\"",
        "first route",
        "route formation-blocs is",
        "lacks condition",
        "should come before",
    ] {
        assert!(
            failures.iter().any(|f| f.contains(expected)),
            "{expected} not reported: {failures:#?}"
        );
    }
}

#[test]
fn every_scenario_file_is_also_a_valid_example_input() {
    // The example reads a scenario file or a bare profile: the profile part must parse alone.
    for (name, s) in scenarios() {
        let text = serde_json::to_string(&s.profile).unwrap();
        serde_json::from_str::<Profile>(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// « Pour commencer », in every situation: each action follows from the first route's first
/// block as the planner funded it. Experience first when the route starts with it, else the
/// employer's agreement when a course is on working time (by the day its condition gives); one
/// funding to ask for, the sure one whenever there is one, never a top-up alone; then where to
/// start.
#[test]
fn the_first_actions_follow_from_the_first_block_of_the_route_shown_first() {
    use parcours::plan::{first_actions, Action, StepKind, Verdict};
    let c = catalog::official();
    let mut with_actions = 0;
    let mut asking_employer = 0;
    for (name, s) in scenarios() {
        let profile: Profile = serde_json::from_value(s.profile.clone()).unwrap();
        let today = Date::parse(&s.today).unwrap();
        let Ok(p) = plan(&profile, c, today) else {
            continue;
        };
        let Some(route) = p.routes.first() else {
            continue;
        };
        let actions = first_actions(route);
        assert!(actions.len() <= 3, "{name}: {actions:?}");
        let starts_with_experience = route.steps[0].kind == StepKind::Experience;
        assert_eq!(
            actions.first() == Some(&Action::GainExperience),
            starts_with_experience,
            "{name}"
        );
        let Some(first) = route.steps.iter().find(|s| s.kind == StepKind::Obtain) else {
            continue;
        };
        with_actions += 1;
        let sure = first
            .funding
            .iter()
            .any(|o| o.verdict == Verdict::Eligible && !o.top_up);
        for a in &actions {
            match a {
                Action::Fund { scheme, verdict } => {
                    let o = first.funding.iter().find(|o| &o.scheme == scheme);
                    let o = o.unwrap_or_else(|| panic!("{name}: {scheme} does not fund it"));
                    assert_eq!(o.verdict, *verdict, "{name}: {scheme}");
                    assert!(!o.top_up, "{name}: {scheme} only adds to another");
                    assert!(*verdict != Verdict::NotEligible, "{name}: {scheme}");
                    assert!(
                        !sure || *verdict == Verdict::Eligible,
                        "{name}: a scheme to check is offered before a sure one"
                    );
                }
                Action::Start { modality } => {
                    assert_eq!(Some(modality), first.modality.as_ref(), "{name}")
                }
                Action::GainExperience => {}
                // Asked first, by the day the route's condition gives.
                Action::AskEmployer { by, .. } => {
                    assert!(
                        route.conditions.iter().any(|c| matches!(
                            c,
                            parcours::plan::Condition::EmployerAgreement { ask_by, .. } if ask_by == by
                        )),
                        "{name}: {actions:?}"
                    );
                    assert_eq!(actions.first(), Some(a), "{name}");
                    asking_employer += 1;
                }
            }
        }
        assert!(
            actions.iter().any(|a| matches!(a, Action::Start { .. })),
            "{name}: no place to start the first block"
        );
    }
    assert!(with_actions >= 30, "only {with_actions} situations checked");
    assert!(
        asking_employer >= 2,
        "only {asking_employer} ask the employer first"
    );
}

/// A registered job seeker is told to ask their France Travail adviser or the CPF first, a
/// conseiller numérique the State's funding, and both where to start.
#[test]
fn a_job_seeker_and_a_conseiller_numerique_get_the_actions_of_their_first_route() {
    use parcours::plan::{first_actions, Action, Situation};
    let c = catalog::official();
    let today = Date::parse("2026-11-29").unwrap();
    let mut seeker = Profile::new();
    seeker.situation = Some(Situation::JobSeeker);
    seeker.registered_job_seeker = Some(true);
    seeker.age = Some(35);
    let p = plan(&seeker, c, today).unwrap();
    let actions = first_actions(&p.routes[0]);
    let funds: Vec<&str> = actions
        .iter()
        .filter_map(|a| match a {
            Action::Fund { scheme, .. } => Some(scheme.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(funds.len(), 1, "{actions:?}");
    assert!(c.scheme(funds[0]).is_some(), "{actions:?}");

    let mut cn = Profile::new();
    cn.situation = Some(Situation::ConseillerNumerique);
    let p = plan(&cn, c, today).unwrap();
    assert!(
        first_actions(&p.routes[0]).contains(&Action::Fund {
            scheme: "cn-etat".into(),
            verdict: parcours::plan::Verdict::Eligible
        }),
        "{:?}",
        first_actions(&p.routes[0])
    );
}

#[test]
fn a_misspelt_expectation_is_refused_rather_than_skipped() {
    let base = json!({"about": "", "today": "2026-11-29", "profile": {"version": 1}});
    for expect in [
        json!({"first_rout": "formation-titre"}),
        json!({"verdicts": [{"scheme": "cpf", "verdict": "eligible", "reasons": "cpf-open"}]}),
    ] {
        let mut s = base.clone();
        s["expect"] = expect.clone();
        let parsed = serde_json::from_value::<Scenario>(s);
        assert!(parsed.is_err(), "{expect} was accepted");
    }
    let mut s = base;
    s["expect"] = json!({"first_route": "formation-titre"});
    serde_json::from_value::<Scenario>(s).expect("a well-spelt expectation parses");
}
