//! Planner rules that depend on catalog facts not yet known (an official equivalence), tested
//! on a catalog changed the way a future update would change it.

use parcours::catalog::{self, Date, EquivalenceStatus};
use parcours::plan::*;

fn today() -> Date {
    Date::parse("2026-11-29").unwrap()
}

fn remn_ccp1_holder() -> Profile {
    let mut p = Profile::new();
    p.held.push(HeldBlock {
        block: "remn-ccp1".into(),
        obtained: None,
    });
    p.situation = Some(Situation::Employee);
    p.experience_months = Some(24);
    p
}

fn with_equivalence(status: EquivalenceStatus) -> catalog::Catalog {
    let mut c = catalog::official().clone();
    let e = c
        .equivalences
        .to_mut()
        .iter_mut()
        .find(|e| e.from == "remn-ccp1" && e.to == "mn-ccp1")
        .unwrap();
    e.status = status;
    c
}

#[test]
fn an_official_equivalence_counts_and_routes_mix_equivalences_and_blocks() {
    let c = with_equivalence(EquivalenceStatus::Official);
    let plan = plan(&remn_ccp1_holder(), &c, today()).unwrap();
    assert_eq!(plan.remaining, vec!["mn-autres".to_string()]);
    let a = plan
        .acquired
        .iter()
        .find(|a| a.block == "remn-ccp1")
        .unwrap();
    assert_eq!(a.mapping, Mapping::Equivalence(EquivalenceStatus::Official));
    assert!(
        plan.routes
            .iter()
            .all(|r| r.way == Way::EquivalencesAndBlocks),
        "{:?}",
        plan.routes
    );
    assert!(plan.routes.iter().all(|r| r.id != "si-equivalence"));
    assert!(!plan.warnings.iter().any(|w| matches!(
        w,
        Warning::EquivalenceUnknown { .. } | Warning::EquivalencePresumed { .. }
    )));
}

#[test]
fn a_presumed_equivalence_counts_with_a_warning_saying_whom_to_ask() {
    let c = with_equivalence(EquivalenceStatus::Presumed);
    let plan = plan(&remn_ccp1_holder(), &c, today()).unwrap();
    assert_eq!(plan.remaining, vec!["mn-autres".to_string()]);
    assert!(plan
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::EquivalencePresumed { block, .. } if block == "remn-ccp1")));
}

#[test]
fn with_the_shipped_catalog_the_remn_block_does_not_count_until_confirmed() {
    let plan = plan(&remn_ccp1_holder(), catalog::official(), today()).unwrap();
    assert_eq!(plan.remaining.len(), 2);
    let conditional = plan
        .routes
        .iter()
        .find(|r| r.id == "si-equivalence")
        .expect("a conditional route");
    assert_eq!(conditional.way, Way::EquivalencesAndBlocks);
    assert!(conditional
        .strengths
        .contains(&Strength::IfEquivalenceConfirmed));
    // Firm routes come before the conditional one.
    assert_eq!(
        plan.routes.last().map(|r| r.id.as_str()),
        Some("si-equivalence")
    );
    assert!(plan
        .routes
        .iter()
        .filter(|r| r.id != "si-equivalence")
        .all(|r| r.way != Way::EquivalencesAndBlocks));
}

#[test]
fn a_shorter_pace_lengthens_training_computed_from_hours() {
    let mut p = Profile::new();
    p.target = Target::Block {
        block: "mn-ccp1".into(),
    };
    p.hours_per_week = Some(35);
    let fast = plan(&p, catalog::official(), today()).unwrap();
    p.hours_per_week = Some(7);
    let slow = plan(&p, catalog::official(), today()).unwrap();
    let months = |plan: &Plan| {
        plan.routes
            .iter()
            .find(|r| r.id == "formation-blocs")
            .unwrap()
            .months
            .unwrap()
    };
    // 70 to 385 hours: about 1 to 3 months full time, 3 to 13 months at 7 h a week.
    assert_eq!(months(&fast), catalog::Range { min: 1, max: 3 });
    assert_eq!(months(&slow), catalog::Range { min: 3, max: 13 });
}
