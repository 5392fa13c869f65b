//! A training step's price: the person's quote, the catalog's price, or an estimate from the one
//! price per hour the catalog knows; « à demander » when no figure is honest.

use super::routes::Context;
use super::types::PriceBasis;
use crate::catalog::{Confidence, ModalityKind, Range};

impl Context<'_> {
    /// The price of a block or title taken one way, in cents, and how it was found: the
    /// person's quote, the catalog's price, or the one known price per hour times the hours.
    pub(crate) fn price(
        &self,
        modality: &str,
        scope: &str,
        hours: Option<Range>,
    ) -> (Option<Range>, PriceBasis) {
        if let Some(euros) = self.profile.quote(scope, modality) {
            let cents = euros.saturating_mul(100);
            let price = Range {
                min: cents,
                max: cents,
            };
            return (Some(price), PriceBasis::Quote);
        }
        let known = self.catalog.duration(modality, scope);
        if let Some(d) = known.filter(|d| d.cost_eur.value.is_some()) {
            let cost = d.cost_eur.value.unwrap_or(Range { min: 0, max: 0 });
            let price = Range {
                min: cost.min.saturating_mul(100),
                max: cost.max.saturating_mul(100),
            };
            let basis = PriceBasis::Catalog {
                confirmed: d.cost_eur.confidence == Confidence::Official,
                year: d.cost_year,
            };
            return (Some(price), basis);
        }
        let training = self
            .catalog
            .modality(modality)
            .is_some_and(|m| m.kind == ModalityKind::Training);
        let (hours, hours_estimated) = match hours {
            Some(h) => (Some(h), false),
            None => (self.hours_left_of_title(modality, scope), true),
        };
        match (training, self.per_hour(modality), hours) {
            (true, Some((cents_per_hour, from)), Some(h)) => (
                Some(Range {
                    min: h.min.saturating_mul(cents_per_hour),
                    max: h.max.saturating_mul(cents_per_hour),
                }),
                PriceBasis::PerHour {
                    cents_per_hour,
                    from,
                    hours: h,
                    hours_estimated,
                },
            ),
            _ => (None, PriceBasis::Ask),
        }
    }

    /// A block whose hours are not known, taken this way: the whole title's hours minus the
    /// other blocks' (an estimate, when each of those is known).
    pub(crate) fn hours_left_of_title(&self, modality: &str, scope: &str) -> Option<Range> {
        let blocks = &self.target.blocks;
        if !blocks.iter().any(|b| b.id == scope) {
            return None;
        }
        let title = self
            .catalog
            .duration(modality, &self.target.id)?
            .hours
            .value?;
        let mut others = Range { min: 0, max: 0 };
        for b in blocks.iter().filter(|b| b.id != scope) {
            let h = self.catalog.duration(modality, &b.id)?.hours.value?;
            others.min = others.min.saturating_add(h.min);
            others.max = others.max.saturating_add(h.max);
        }
        let left = Range {
            min: title.min.checked_sub(others.max)?,
            max: title.max.checked_sub(others.min)?,
        };
        (left.min > 0).then_some(left)
    }

    /// The one price per hour the catalog knows for a course of this way: a price and its
    /// hours, both single figures, for another block or title (cents an hour, its scope).
    fn per_hour(&self, modality: &str) -> Option<(u32, String)> {
        self.catalog
            .durations
            .iter()
            .filter(|d| d.modality == modality)
            .find_map(|d| {
                let (cost, hours) = (d.cost_eur.value?, d.hours.value?);
                let single = cost.min == cost.max && hours.min == hours.max && hours.max > 0;
                let cents = u64::from(cost.max) * 100;
                let per_hour = (cents + u64::from(hours.max) / 2) / u64::from(hours.max);
                (single && per_hour > 0).then(|| {
                    (
                        u32::try_from(per_hour).unwrap_or(u32::MAX),
                        d.scope.to_string(),
                    )
                })
            })
    }
}
