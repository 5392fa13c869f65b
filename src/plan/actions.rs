//! « Pour commencer »: the first concrete things to do for a route, read from its first step
//! that obtains a block (its modality, and the funding the planner found for it). Each action
//! names a catalog entry, whose official page the view links to.

use super::types::{Condition, Route, StepKind, Verdict};
use crate::catalog::Date;

/// One thing to do now, named by the catalog entry it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Ask for funding from a scheme: sure (`Eligible`) or still to check (`Check`).
    Fund { scheme: String, verdict: Verdict },
    /// Find where the first block is taught or assessed (a training organisation, a CFA, the
    /// VAE service), on the modality's official page.
    Start { modality: String },
    /// Work in the job first: the route's first step is experience.
    GainExperience,
    /// Ask the employer's agreement to train on working time, by this day (`notice_days` before
    /// the course; `or_own_time`: the person did not say, and may train outside it instead).
    AskEmployer {
        by: Date,
        notice_days: u32,
        answer_days: u32,
        or_own_time: bool,
    },
}

/// The first two or three actions of `route`: the experience first if the route begins with
/// it, else the employer's agreement when a course is on working time, then the funding of the first block (the sure scheme before one to check, never a
/// scheme that only adds to another), then where to start it.
pub fn first_actions(route: &Route) -> Vec<Action> {
    let mut out = Vec::new();
    if route.steps.first().map(|s| s.kind) == Some(StepKind::Experience) {
        out.push(Action::GainExperience);
    } else {
        // A course on working time starts with the employer's agreement, asked ahead.
        let or_own_time = route.conditions.contains(&Condition::OwnTime);
        out.extend(route.conditions.iter().find_map(|c| match c {
            Condition::EmployerAgreement {
                notice_days,
                ask_by,
                answer_days,
            } => Some(Action::AskEmployer {
                by: *ask_by,
                notice_days: *notice_days,
                answer_days: *answer_days,
                or_own_time,
            }),
            _ => None,
        }));
    }
    let Some(first) = route
        .steps
        .iter()
        .find(|s| s.kind == StepKind::Obtain && s.modality.is_some())
    else {
        return out;
    };
    let fund = |verdict: Verdict| {
        first
            .funding
            .iter()
            .find(|o| o.verdict == verdict && !o.top_up)
            .map(|o| Action::Fund {
                scheme: o.scheme.clone(),
                verdict,
            })
    };
    // One funding to ask for: the sure one when there is one, else the first to check.
    out.extend(fund(Verdict::Eligible).or_else(|| fund(Verdict::Check)));
    if let Some(m) = &first.modality {
        out.push(Action::Start {
            modality: m.clone(),
        });
    }
    out.truncate(3);
    out
}
