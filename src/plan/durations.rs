//! How long a step takes: the catalog's months, or its hours at the person's pace, and whether
//! the figure rests on an official fact.

use super::routes::Context;
use super::types::*;
use crate::catalog::{owned, Confidence, ModalityKind, Range};

/// Weeks in a month, as a fraction (52 / 12 = 13 / 3).
const WEEKS_PER_MONTH_NUM: u32 = 13;
const WEEKS_PER_MONTH_DEN: u32 = 3;
const FULL_TIME_HOURS: u32 = 35;
const HALF_TIME_HOURS: u32 = 17;

pub(crate) fn months_for(hours: u32, per_week: u32) -> u32 {
    let per_week = per_week.max(1);
    // ceil(hours / (per_week × 13/3)), at least one month.
    let num = hours.saturating_mul(WEEKS_PER_MONTH_DEN);
    let den = per_week * WEEKS_PER_MONTH_NUM;
    num.div_ceil(den).max(1)
}

impl Context<'_> {
    pub(crate) fn duration(
        &self,
        modality: &str,
        scope: &str,
    ) -> (
        Option<Range>,
        Option<Range>,
        DurationBasis,
        Vec<String>,
        bool,
    ) {
        let Some(d) = self.catalog.duration(modality, scope) else {
            return (None, None, DurationBasis::Unknown, vec![], true);
        };
        let mut sources = owned(&d.months.sources);
        for s in d.hours.sources.iter().chain(d.cost_eur.sources.iter()) {
            if !sources.iter().any(|known| known == s) {
                sources.push(s.to_string());
            }
        }
        let pace = self.profile.hours_per_week.map(|h| h.clamp(1, 60) as u32);
        let hours = d.hours.value;
        // A training block whose hours are not known: the whole title's hours minus the other
        // blocks', at the person's pace as the whole title is (its months in the catalog, if
        // any, came from one programme at one pace).
        let training = self
            .catalog
            .modality(modality)
            .is_some_and(|m| m.kind == ModalityKind::Training);
        let estimate = match hours {
            None if training => self.hours_left_of_title(modality, scope),
            _ => None,
        };
        if let Some(h) = estimate {
            let (fast, slow) = pace.map_or((FULL_TIME_HOURS, HALF_TIME_HOURS), |p| (p, p));
            let months = Range {
                min: months_for(h.min, fast),
                max: months_for(h.max, slow),
            };
            let basis = DurationBasis::FromHours {
                hours_per_week: pace,
                estimated: true,
            };
            return (Some(months), None, basis, sources, false);
        }
        let (months, basis) = match (d.months.value, hours, pace) {
            (Some(m), Some(h), Some(p)) if p < FULL_TIME_HOURS => (
                Some(Range {
                    min: m.min.max(months_for(h.min, p)),
                    max: m.max.max(months_for(h.max, p)),
                }),
                DurationBasis::FromHours {
                    hours_per_week: Some(p),
                    estimated: false,
                },
            ),
            (Some(m), _, _) => (Some(m), DurationBasis::Catalog),
            (None, Some(h), Some(p)) => (
                Some(Range {
                    min: months_for(h.min, p),
                    max: months_for(h.max, p),
                }),
                DurationBasis::FromHours {
                    hours_per_week: Some(p),
                    estimated: false,
                },
            ),
            (None, Some(h), None) => (
                Some(Range {
                    min: months_for(h.min, FULL_TIME_HOURS),
                    max: months_for(h.max, HALF_TIME_HOURS),
                }),
                DurationBasis::FromHours {
                    hours_per_week: None,
                    estimated: false,
                },
            ),
            (None, None, _) => (None, DurationBasis::Unknown),
        };
        let official = |c: Confidence| c == Confidence::Official;
        let confirmed = match basis {
            DurationBasis::Catalog => official(d.months.confidence),
            DurationBasis::FromHours { .. } => {
                official(d.hours.confidence)
                    && (d.months.value.is_none() || official(d.months.confidence))
            }
            DurationBasis::ExperienceGap | DurationBasis::Unknown => true,
        };
        (months, hours, basis, sources, confirmed)
    }
}
