//! The order of the routes: the person's own choice, then how realistic each is, then what suits
//! this person, then the shortest and the cheapest for sure.

use super::likelihood::uncertain;
use super::profile::{Profile, WorkingTime};
use super::types::*;
use crate::catalog::{Catalog, ModalityKind};

/// From about three years of related experience, a VAE is the likelier way: VAE routes come
/// before training ones. A ranking choice of Parcours, not a rule of law.
pub(crate) const LONG_EXPERIENCE_MONTHS: u32 = 36;

/// A route's length for the ranking: the middle of its range of months (twice it, to stay in
/// whole numbers); unknown last, but only among routes equal on every earlier rule.
fn months_key(r: &Route) -> u32 {
    r.months.map_or(u32::MAX, |m| m.min.saturating_add(m.max))
}

/// What the person lives on during the course: 0 paid by the contract, 1 paid under a
/// condition (an agreement, a validation), 2 not paid or not known.
fn pay_key(r: &Route) -> u8 {
    match r.income {
        Income::ApprenticePay { .. } | Income::ContratProPay { .. } | Income::CnSalary => 0,
        Income::JobPay {
            working_time: None | Some(WorkingTime::OnWorkingTime),
        }
        | Income::Aref { .. }
        | Income::EmployerDecides => 1,
        _ => 2,
    }
}

/// What the ranking weighs besides feasibility, length and cost.
pub(crate) struct Preference<'a> {
    /// A conseiller numérique: routes through the State-funded training first.
    pub state_funded: bool,
    /// About three years of related experience or more: VAE routes before training.
    pub long_experience: bool,
    pub catalog: &'a Catalog,
    pub profile: &'a Profile,
}

impl Preference<'_> {
    /// 0 for the conseiller numérique route while its training is funded, 1 for another route
    /// through that funded training, 2 for the rest; all equal for anyone else.
    fn state_funded(&self, r: &Route) -> u8 {
        let funded = r.steps.iter().any(|s| {
            s.funding
                .iter()
                .any(|o| o.scheme == "cn-etat" && o.verdict == Verdict::Eligible)
        });
        match (self.state_funded && funded, r.id == "conseiller-numerique") {
            (false, _) => 2,
            (true, true) => 0,
            (true, false) => 1,
        }
    }
    /// With long experience, the steps to follow as training rather than by VAE.
    fn not_by_vae(&self, r: &Route) -> usize {
        if !self.long_experience {
            return 0;
        }
        r.steps
            .iter()
            .filter(|s| s.kind == StepKind::Obtain)
            .filter(|s| {
                !s.modality
                    .as_deref()
                    .and_then(|m| self.catalog.modality(m))
                    .is_some_and(|m| {
                        matches!(m.kind, ModalityKind::VaeBlock | ModalityKind::VaeTitle)
                    })
            })
            .count()
    }
}

/// The rules in their order, for one route (docs/planner.md): the person's own choice; firm,
/// conditional and unlikely; a conseiller numérique's funded training; VAE for long
/// experience; no equivalence to confirm; the fewest uncertain conditions (`Prefix`); then the
/// shortest by the middle of its range, the least to pay for sure, paid during the course.
type Prefix = (bool, Feasibility, u8, usize, bool, usize);
type Key = (Prefix, u32, u64, u8);

fn key(r: &Route, prefer: &Preference) -> Key {
    (
        (
            !r.strengths.contains(&Strength::Chosen),
            r.feasibility,
            prefer.state_funded(r),
            prefer.not_by_vae(r),
            r.strengths.contains(&Strength::IfEquivalenceConfirmed),
            uncertain(&r.conditions, prefer.profile),
        ),
        months_key(r),
        r.to_pay.rank(),
        pay_key(r),
    )
}

/// The first rule on which `a` and `b` differ; the length only when both are known.
fn decider(a: &Key, b: &Key) -> Option<Decider> {
    let ((p, q), known) = ((&a.0, &b.0), a.1 != u32::MAX && b.1 != u32::MAX);
    let rules = [
        (p.0 != q.0, Decider::Chosen),
        (p.1 != q.1, Decider::Feasibility),
        (p.2 != q.2, Decider::StateFunded),
        (p.3 != q.3, Decider::ByVae),
        (p.4 != q.4, Decider::NoEquivalence),
        (p.5 != q.5, Decider::FewerUncertain),
        (known && a.1 != b.1, Decider::Shorter),
        (a.2 != b.2, Decider::LessToPay),
        (a.3 != b.3, Decider::PaidDuringCourse),
    ];
    rules
        .into_iter()
        .find(|(differ, _)| *differ)
        .map(|(_, d)| d)
}

/// Best first, by the rules of `key`; then marks « le plus rapide » and « le moins à payer ».
/// A route whose length is not known is not sent after the others by that alone: among the
/// routes equal to it on the rules before length, it comes before the first one that leaves
/// more to pay for sure, or pays less during the course (once the person's age and situation
/// are known). Returns what put the first route
/// before the second.
pub(crate) fn rank(routes: &mut [Route], prefer: &Preference) -> Option<Decider> {
    crate::sort::sort_by(routes, |a, b| {
        key(a, prefer)
            .cmp(&key(b, prefer))
            .then_with(|| a.id.cmp(&b.id))
    });
    // The routes of unknown length sit last among their equals: move each up, before the first
    // of those equals it beats on what is known. Not while it waits on the person's age or
    // situation: until then what it would pay them is not known either (apprenticeship for a
    // newcomer who may be 45).
    for i in 0..routes.len() {
        let k = key(&routes[i], prefer);
        let waits = routes[i]
            .conditions
            .iter()
            .any(|c| matches!(c, Condition::TellAge | Condition::TellSituation));
        if k.1 != u32::MAX || waits {
            continue;
        }
        let before = (0..i).find(|&j| {
            let other = key(&routes[j], prefer);
            other.0 == k.0 && other.1 != u32::MAX && (k.2, k.3) < (other.2, other.3)
        });
        if let Some(j) = before {
            routes[j..=i].rotate_right(1);
        }
    }
    let first_because = match routes {
        [a, b, ..] => decider(&key(a, prefer), &key(b, prefer)),
        _ => None,
    };
    // « Le plus rapide » among the most realistic routes there are; « le moins cher » by the
    // sure amount, among every route shown (what is sure does not depend on a condition).
    let best_class = routes
        .iter()
        .filter(|r| !r.strengths.contains(&Strength::IfEquivalenceConfirmed))
        .map(|r| r.feasibility)
        .min();
    let firm = |r: &&mut Route| {
        !r.strengths.contains(&Strength::IfEquivalenceConfirmed)
            && Some(r.feasibility) == best_class
    };
    let known: Vec<u32> = routes
        .iter_mut()
        .filter(firm)
        .map(|r| months_key(r))
        .filter(|m| *m != u32::MAX)
        .collect();
    // « Le moins à payer » is for a route the person can take: not one held by an
    // equivalence to confirm, nor one unlikely for them.
    let shown = |r: &Route| {
        !r.strengths.contains(&Strength::IfEquivalenceConfirmed)
            && r.feasibility != Feasibility::Unlikely
    };
    let pays: Vec<u64> = routes
        .iter()
        .filter(|r| shown(r))
        .map(|r| r.to_pay.rank())
        .collect();
    let (fastest, slowest) = (known.iter().min().copied(), known.iter().max().copied());
    let (cheapest, dearest) = (pays.iter().min().copied(), pays.iter().max().copied());
    for r in routes.iter_mut() {
        if shown(r) && cheapest != dearest && Some(r.to_pay.rank()) == cheapest {
            r.strengths.push(Strength::LeastToPay);
        }
        if firm(&r) && fastest.is_some() && fastest != slowest && Some(months_key(r)) == fastest {
            r.strengths.push(Strength::Fastest);
        }
        crate::sort::sort_by(&mut r.strengths, Strength::cmp);
        r.strengths.dedup();
    }
    first_because
}
