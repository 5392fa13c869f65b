//! Whether a profile can be planned from: every value against what is possible and against the
//! catalog, or the field that is wrong, as a code ([`Problem`]).

use super::problems::{Problem, ProfileError, Quantity};
use super::profile::{for_one_block, Profile, Target, MAX_EUROS, PROFILE_VERSION};
use crate::catalog::{Catalog, Date};

impl Profile {
    /// Checks every value against what is possible and against the catalog.
    pub fn check(&self, catalog: &Catalog, today: Date) -> Result<(), ProfileError> {
        if self.version == 0 || self.version > PROFILE_VERSION {
            return Err(err(
                "version",
                Problem::UnknownVersion {
                    version: self.version,
                    reads: PROFILE_VERSION,
                },
            ));
        }
        within("age", self.age, 14, 100, Quantity::Age)?;
        within(
            "experience_months",
            self.experience_months,
            0,
            600,
            Quantity::ExperienceMonths,
        )?;
        within(
            "seniority_months",
            self.seniority_months,
            0,
            600,
            Quantity::SeniorityMonths,
        )?;
        within(
            "diploma_level",
            self.diploma_level,
            0,
            8,
            Quantity::DiplomaLevel,
        )?;
        within(
            "hours_per_week",
            self.hours_per_week,
            1,
            60,
            Quantity::HoursPerWeek,
        )?;
        within(
            "cpf_euros",
            self.cpf_euros,
            0,
            i64::from(MAX_EUROS),
            Quantity::CpfEuros,
        )?;
        within("cpf_hours", self.cpf_hours, 0, 1_000, Quantity::CpfHours)?;
        for (i, q) in self.quotes.iter().enumerate() {
            within(
                &format!("quotes[{i}].euros"),
                Some(q.euros),
                0,
                i64::from(MAX_EUROS),
                Quantity::QuoteEuros,
            )?;
        }
        for (i, h) in self.held.iter().enumerate() {
            let Some((title, _)) = catalog.block(&h.block) else {
                return Err(err(
                    format!("held[{i}].block"),
                    Problem::UnknownBlock {
                        block: h.block.clone(),
                    },
                ));
            };
            check_obtained(
                &format!("held[{i}].obtained"),
                h.obtained,
                title.in_force.value,
                &title.short,
                today,
            )?;
        }
        for (i, h) in self.held_titles.iter().enumerate() {
            let field = format!("held_titles[{i}].title");
            let Some(title) = catalog.title(&h.title) else {
                return Err(err(
                    field,
                    Problem::UnknownTitle {
                        title: h.title.clone(),
                    },
                ));
            };
            if title.blocks.is_empty() {
                return Err(err(
                    field,
                    Problem::NotMadeOfBlocks {
                        title: title.short.to_string(),
                    },
                ));
            }
            check_obtained(
                &format!("held_titles[{i}].obtained"),
                h.obtained,
                title.in_force.value,
                &title.short,
                today,
            )?;
        }
        let target = catalog
            .target_title()
            .ok_or_else(|| err("catalogue", Problem::NoTarget))?;
        let not_of_target = |block: &str| Problem::NotABlockOfTheTarget {
            block: block.to_string(),
            title: target.short.to_string(),
        };
        if let Target::Block { block } = &self.target {
            if !target.has_block(block) {
                return Err(err("target.block", not_of_target(block)));
            }
        }
        for (i, c) in self.choices.iter().enumerate() {
            if !target.has_block(&c.block) {
                return Err(err(format!("choices[{i}].block"), not_of_target(&c.block)));
            }
            let modality = c.modality.clone();
            match catalog.modality(&c.modality).map(|m| m.kind) {
                Some(kind) if for_one_block(kind) => {}
                Some(_) => {
                    return Err(err(
                        format!("choices[{i}].modality"),
                        Problem::NotForOneBlock { modality },
                    ))
                }
                None => {
                    return Err(err(
                        format!("choices[{i}].modality"),
                        Problem::UnknownModality { modality },
                    ))
                }
            }
        }
        for (i, q) in self.quotes.iter().enumerate() {
            if q.scope != target.id && !target.has_block(&q.scope) {
                return Err(err(format!("quotes[{i}].scope"), not_of_target(&q.scope)));
            }
            if catalog.modality(&q.modality).is_none() {
                return Err(err(
                    format!("quotes[{i}].modality"),
                    Problem::UnknownModality {
                        modality: q.modality.clone(),
                    },
                ));
            }
        }
        Ok(())
    }
}

fn err(field: impl Into<String>, problem: Problem) -> ProfileError {
    ProfileError {
        field: field.into(),
        problem,
    }
}

fn within(
    field: &str,
    value: Option<i64>,
    lo: i64,
    hi: i64,
    what: Quantity,
) -> Result<(), ProfileError> {
    match value {
        Some(v) if v < lo || v > hi => Err(err(
            field,
            Problem::OutOfRange {
                value: v,
                what,
                lo,
                hi,
            },
        )),
        _ => Ok(()),
    }
}

fn check_obtained(
    field: &str,
    obtained: Option<Date>,
    in_force: Option<Date>,
    title: &str,
    today: Date,
) -> Result<(), ProfileError> {
    let Some(date) = obtained else { return Ok(()) };
    if date > today {
        return Err(err(field, Problem::InTheFuture { date }));
    }
    if let Some(start) = in_force {
        if date < start {
            return Err(err(
                field,
                Problem::BeforeTheTitle {
                    date,
                    title: title.to_string(),
                    start,
                },
            ));
        }
    }
    Ok(())
}
