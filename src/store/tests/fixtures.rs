//! What the store's tests share, compiled only under #[cfg(test)]: the day they run on, and a
//! plan with an answer of each kind.

use crate::catalog::Date;
use crate::plan::{Choice, HeldBlock, Situation};
use crate::store::{SavedPlan, StepStatus};

pub fn today() -> Date {
    Date::parse("2026-11-29").unwrap()
}

pub fn sample() -> SavedPlan {
    let mut p = SavedPlan::new("plan-3".into(), "Léa (Mission locale)".into());
    p.profile.held.push(HeldBlock {
        block: "remn-ccp1".into(),
        obtained: Date::parse("2023-06-30").ok(),
    });
    p.profile.situation = Some(Situation::JobSeeker);
    p.profile.choices.push(Choice {
        block: "mn-ccp1".into(),
        modality: "vae-bloc".into(),
    });
    p.progress
        .set("terrain/mn-ccp1/vae-bloc".into(), StepStatus::InProgress);
    p
}
