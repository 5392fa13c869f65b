//! How realistic a route is and what it costs: the sure amount and the best case of each step,
//! and the route's feasibility with its conditions, from its steps' verdicts in their order.

use super::funding::Person;
use super::likelihood::unlikely_because;
use super::money::can_lower;
use super::profile::Situation;
use super::routes::Context;
use super::types::*;
use crate::catalog::ModalityKind;

/// What a route's steps cost: the sure amount (the lowest among eligible options, top-ups
/// aside), whether it rests on official facts, and a lower best case with the schemes it
/// needs. A scheme that cannot really lower it (no POEC was found; a POEI is 300 to 600 h
/// before a promised hire, not a whole title) is left out of the best case.
pub(crate) fn amounts(
    funding: &[FundingOption],
    whole_title: bool,
) -> (ToPay, bool, Option<BestCase>) {
    let payers = || funding.iter().filter(|o| !o.top_up);
    let sure = payers()
        .filter(|o| o.verdict == Verdict::Eligible)
        .min_by_key(|o| o.to_pay.rank());
    let (to_pay, confirmed) = sure.map_or((ToPay::Unknown, true), |o| (o.to_pay, o.confirmed));
    let hopeful = |o: &&FundingOption| o.verdict == Verdict::Check && can_lower(o, whole_title);
    let best = payers()
        .filter(hopeful)
        .min_by_key(|o| o.to_pay.rank())
        .map(|o| o.to_pay)
        .filter(|b| b.rank() < to_pay.rank());
    let best_case = best.map(|b| BestCase {
        to_pay: b,
        if_agreed: payers()
            .filter(hopeful)
            .filter(|o| o.to_pay.rank() == b.rank())
            .map(|o| o.scheme.clone())
            .collect(),
    });
    (to_pay, confirmed, best_case)
}

impl Context<'_> {
    /// How realistic a route is, and what it depends on, from its steps' verdicts and
    /// prerequisites in their order (an experience step before a VAE gives it its experience).
    pub(crate) fn feasibility(
        &self,
        steps: &[Step],
        if_equivalence: bool,
    ) -> (Feasibility, Vec<Condition>) {
        let mut conditions: Vec<Condition> = Vec::new();
        let mut add = |c: Condition| merge(&mut conditions, c);
        if if_equivalence {
            add(Condition::EquivalenceConfirmed);
        }
        let expected = self.expected_experience();
        let in_the_job = self.profile.situation == Some(Situation::ConseillerNumerique);
        let mut experience = Person::months(self.profile.experience_months);
        for s in steps {
            if s.kind == StepKind::Experience {
                if !in_the_job {
                    add(Condition::FindMediationWork);
                }
                experience = Some(experience.unwrap_or(0).max(expected));
                continue;
            }
            let kind = s
                .modality
                .as_deref()
                .and_then(|m| self.catalog.modality(m))
                .map(|m| m.kind);
            match kind {
                Some(ModalityKind::Apprenticeship | ModalityKind::ContratPro) => {
                    add(Condition::EmployerHires);
                    let contract = s.funding.iter().filter(|o| {
                        o.verdict == Verdict::Check
                            && matches!(
                                o.scheme.as_str(),
                                "apprentissage-opco" | "contrat-pro-opco"
                            )
                    });
                    for o in contract {
                        add(match o.reason {
                            Reason::SituationUnknown => Condition::TellSituation,
                            Reason::ApprenticeAgeUnknown { .. }
                            | Reason::ContratProAgeUnknown { .. } => Condition::TellAge,
                            Reason::ApprenticeAfterCollege { .. } => Condition::CollegeFinished,
                            Reason::ApprenticeExtendedAge { .. } => {
                                Condition::PreviousApprenticeship
                            }
                            Reason::ApprenticeLocalAuthorityCnfpt => Condition::CnfptFunds,
                            Reason::ContratProIfMinimaSociaux { .. } => {
                                Condition::ReceivesMinimaSociaux
                            }
                            Reason::ContratProIfRegistered { .. }
                            | Reason::ContratProRegisterFirst { .. } => {
                                Condition::RegisterJobSeeker
                            }
                            // Past the age limits: only rare exceptions remain.
                            _ => Condition::ApprenticeshipException,
                        });
                    }
                }
                Some(k) => {
                    if matches!(k, ModalityKind::VaeBlock | ModalityKind::VaeTitle) {
                        match experience {
                            Some(m) if m >= expected => {}
                            have => {
                                // Known to be short, a VAE then mostly fails (see likelihood).
                                add(Condition::VaeExperience {
                                    expected_months: expected,
                                    have,
                                });
                            }
                        }
                    }
                    let payers = || s.funding.iter().filter(|o| !o.top_up);
                    let unknown_situation = !payers().any(|o| o.verdict == Verdict::Eligible)
                        && payers().any(|o| o.reason == Reason::SituationUnknown);
                    if unknown_situation {
                        add(Condition::TellSituation);
                    }
                    match s.money.left_sure {
                        // The sure funding does not cover the highest price: who would.
                        Some(cents) if cents > 0 => add(Condition::GapClosed {
                            schemes: s.money.could_close.clone(),
                            cents,
                        }),
                        Some(_) => {}
                        None => {
                            if s.money.paid_by.is_none() {
                                add(Condition::PriceToAsk);
                            }
                            if !payers().any(|o| o.verdict == Verdict::Eligible)
                                && !unknown_situation
                            {
                                let whole = self.toward_whole_title();
                                add(Condition::FundingAgreed {
                                    schemes: payers()
                                        .filter(|o| {
                                            o.verdict == Verdict::Check && can_lower(o, whole)
                                        })
                                        .map(|o| o.scheme.clone())
                                        .collect(),
                                });
                            }
                        }
                    }
                }
                None => {}
            }
        }
        // Unlikely as soon as one condition rarely holds for this person.
        let feasibility = if !unlikely_because(&conditions, self.profile).is_empty() {
            Feasibility::Unlikely
        } else if conditions.is_empty() {
            Feasibility::Firm
        } else {
            Feasibility::Conditional
        };
        (feasibility, conditions)
    }
}

/// Adds a condition to a route's list once. The funding conditions are one for the whole route
/// (« si l'un de ces financements »): their schemes are gathered, and the gaps added up.
fn merge(conditions: &mut Vec<Condition>, c: Condition) {
    fn union(schemes: &mut Vec<String>, more: Vec<String>) {
        for s in more {
            if !schemes.contains(&s) {
                schemes.push(s);
            }
        }
    }
    match c {
        Condition::FundingAgreed { schemes: more } => {
            let known = conditions.iter_mut().find_map(|x| match x {
                Condition::FundingAgreed { schemes } => Some(schemes),
                _ => None,
            });
            match known {
                Some(schemes) => union(schemes, more),
                None => conditions.push(Condition::FundingAgreed { schemes: more }),
            }
        }
        Condition::GapClosed {
            schemes: more,
            cents: also,
        } => {
            let known = conditions.iter_mut().find_map(|x| match x {
                Condition::GapClosed { schemes, cents } => Some((schemes, cents)),
                _ => None,
            });
            match known {
                Some((schemes, cents)) => {
                    *cents = cents.saturating_add(also);
                    union(schemes, more);
                }
                None => conditions.push(Condition::GapClosed {
                    schemes: more,
                    cents: also,
                }),
            }
        }
        c => {
            if !conditions.contains(&c) {
                conditions.push(c);
            }
        }
    }
}
