//! The order of the routes: the person's own choice, then how realistic each is, then what suits
//! this person, then the shortest and the cheapest for sure.

use super::types::*;
use crate::catalog::{Catalog, ModalityKind};

/// From about three years of related experience, a VAE is the likelier way: VAE routes come
/// before training ones. A ranking choice of Parcours, not a rule of law.
pub(crate) const LONG_EXPERIENCE_MONTHS: u32 = 36;

fn months_key(r: &Route) -> u32 {
    r.months.map_or(u32::MAX, |m| m.max)
}

/// The conditions that may fail: training in one's own time and the VAE leave are ways to do
/// it that the person can choose, not things someone else decides.
fn uncertain(r: &Route) -> usize {
    r.conditions
        .iter()
        .filter(|c| !matches!(c, Condition::OwnTime | Condition::VaeLeave { .. }))
        .count()
}

/// What the ranking weighs besides feasibility, length and cost.
pub(crate) struct Preference<'a> {
    /// A conseiller numérique: routes through the State-funded training first.
    pub state_funded: bool,
    /// About three years of related experience or more: VAE routes before training.
    pub long_experience: bool,
    pub catalog: &'a Catalog,
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

/// Best first: the person's own choice; then firm, conditional and unlikely routes; within
/// each, a conseiller numérique's funded training, VAE for long experience, routes that need
/// no equivalence to be confirmed, the fewest conditions, then the shortest, then the cheapest
/// for sure.
pub(crate) fn rank(routes: &mut [Route], prefer: &Preference) {
    let key = |r: &Route| {
        (
            !r.strengths.contains(&Strength::Chosen),
            r.feasibility,
            prefer.state_funded(r),
            prefer.not_by_vae(r),
            r.strengths.contains(&Strength::IfEquivalenceConfirmed),
            uncertain(r),
            months_key(r),
            r.to_pay.rank(),
        )
    };
    crate::sort::sort_by(routes, |a, b| {
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
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
    let shown = |r: &Route| !r.strengths.contains(&Strength::IfEquivalenceConfirmed);
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
}
