//! One step of a route: what it obtains and by which modality (or the experience to build), its
//! prerequisites, funding, duration and price, before the route times it and spends the CPF.

use super::realistic::amounts;
use super::routes::{Context, Spec};
use super::types::*;
use crate::catalog::{owned, Confidence, ModalityKind, Range};
use std::sync::Arc;

impl Context<'_> {
    pub(crate) fn step(&self, spec: &Spec, first: bool) -> Step {
        let mut prerequisites = Vec::new();
        if !first {
            prerequisites.push(Reason::AfterPreviousStep);
        }
        let expected = self.expected_experience();
        match spec {
            Spec::Experience => {
                let gap = self.experience_gap();
                Step {
                    kind: StepKind::Experience,
                    blocks: vec![],
                    scope: self.target.id.to_string(),
                    modality: None,
                    months: Some(Range { min: gap, max: gap }),
                    hours: None,
                    start: None,
                    end: None,
                    dates: None,
                    duration_basis: DurationBasis::ExperienceGap,
                    prerequisites,
                    funding: Arc::from([]),
                    to_pay: ToPay::Nothing,
                    best_case: None,
                    // « About a year » is the custom, from secondary sources.
                    duration_confirmed: self
                        .catalog
                        .rules
                        .vae_expected_experience_months
                        .confidence
                        == Confidence::Official,
                    amount_confirmed: true,
                    sources: owned(&self.catalog.rules.vae_expected_experience_months.sources),
                    price_basis: None,
                    money: Money::default(),
                }
            }
            Spec::Obtain {
                blocks,
                scope,
                modality,
            } => {
                let kind = self.catalog.modality(modality).map(|m| m.kind);
                match kind {
                    Some(ModalityKind::Apprenticeship | ModalityKind::ContratPro) => {
                        prerequisites.push(Reason::NeedsEmployerContract)
                    }
                    Some(ModalityKind::VaeBlock | ModalityKind::VaeTitle) => {
                        prerequisites.push(Reason::VaeExperience {
                            expected_months: expected,
                        })
                    }
                    _ => {}
                }
                let funding = match kind {
                    Some(k) => self.options_for(modality, k),
                    None => Arc::from([]),
                };
                let (to_pay, amount_confirmed, best_case) =
                    amounts(&funding, self.toward_whole_title());
                let (months, hours, duration_basis, sources, duration_confirmed) =
                    self.duration(modality, scope);
                let (price, price_basis) = self.price(modality, scope, hours);
                Step {
                    kind: StepKind::Obtain,
                    blocks: blocks.clone(),
                    scope: scope.clone(),
                    modality: Some(modality.clone()),
                    months,
                    hours,
                    start: None,
                    end: None,
                    dates: None,
                    duration_basis,
                    prerequisites,
                    funding,
                    to_pay,
                    best_case,
                    duration_confirmed,
                    amount_confirmed,
                    sources,
                    price_basis: Some(price_basis),
                    money: Money {
                        price,
                        ..Money::default()
                    },
                }
            }
        }
    }
}
