//! The planner: `(Profile, Catalog, today) -> Plan`. Pure Rust: no browser, no I/O, so it is
//! tested natively in milliseconds. Every decision carries its reason and its sources.

mod actions;
mod check;
mod contracts;
mod durations;
mod funding;
mod income;
pub mod likelihood;
mod money;
mod money_types;
mod price;
mod problems;
pub mod profile;
mod rank;
mod realistic;
mod reasons;
mod routes;
mod steps;
pub mod types;
mod working_time;

pub use actions::{first_actions, Action};
pub use profile::*;
pub use types::*;

use crate::catalog::{owned, Catalog, Date, EquivalenceStatus, Helps, ModalityKind};
use funding::Person;
use routes::Context;

/// Plans the routes from where the person stands to the target, or says which field is wrong.
pub fn plan(profile: &Profile, catalog: &Catalog, today: Date) -> Result<Plan, ProfileError> {
    profile.check(catalog, today)?;
    let target = catalog.target_title().ok_or_else(|| ProfileError {
        field: "catalogue".into(),
        problem: Problem::NoTarget,
    })?;
    let person = Person { p: profile };
    let start = profile.start.unwrap_or(today);

    // A whole earlier title held: valid for life, whatever becomes of its blocks.
    let holds_title = profile
        .held_titles
        .iter()
        .map(|t| t.title.as_str())
        .find(|t| *t != target.id && catalog.title(t).is_some())
        .map(str::to_string);
    let (acquired, mut warnings) = acquired(profile, catalog, today);
    if let Some(title) = &holds_title {
        warnings.insert(
            0,
            Warning::TitleHeld {
                title: title.clone(),
            },
        );
    }
    let counts = |b: &str| {
        acquired.iter().any(|a| {
            a.counts_for.as_deref() == Some(b)
                && matches!(
                    a.mapping,
                    Mapping::Same
                        | Mapping::Equivalence(
                            EquivalenceStatus::Official | EquivalenceStatus::Presumed
                        )
                )
        })
    };
    let could_count = |b: &str| {
        acquired.iter().any(|a| {
            a.counts_for.as_deref() == Some(b)
                && a.mapping == Mapping::Equivalence(EquivalenceStatus::Unknown)
        })
    };
    let wanted: Vec<&str> = match &profile.target {
        Target::FullTitle => target.blocks.iter().map(|b| b.id.as_ref()).collect(),
        Target::Block { block } => vec![block.as_str()],
    };
    let remaining: Vec<String> = wanted
        .iter()
        .filter(|b| !counts(b))
        .map(|b| b.to_string())
        .collect();
    let if_confirmed: Vec<String> = remaining
        .iter()
        .filter(|b| !could_count(b))
        .cloned()
        .collect();

    if remaining.is_empty() {
        // « Autres blocs » ticked as one: how many there are is not known.
        let whole = profile.held_titles.iter().any(|t| t.title == target.id);
        let if_complete = !whole && target.blocks.iter().any(|b| b.placeholder && counts(&b.id));
        warnings.push(match &profile.target {
            Target::FullTitle => Warning::AllBlocksHeld { if_complete },
            Target::Block { block } => Warning::TargetBlockHeld {
                block: block.clone(),
            },
        });
    }

    let ctx = routes::Context {
        catalog,
        person: &person,
        target,
        profile,
        today,
        options: Default::default(),
        by_equivalence: acquired.iter().any(|a| {
            matches!(
                a.mapping,
                Mapping::Equivalence(EquivalenceStatus::Official | EquivalenceStatus::Presumed)
            )
        }),
    };
    let (routes, excluded, first_because) = ctx.routes(&remaining, &if_confirmed);
    warnings.extend(route_warnings(&ctx, &routes));

    Ok(Plan {
        version: PLAN_VERSION,
        target_title: target.id.to_string(),
        remaining,
        acquired,
        routes,
        excluded,
        warnings,
        unknowns: unknowns(profile),
        start,
        catalog_checked: catalog.meta.checked,
        amounts_year: catalog.rules.cpf_participation_year.value,
        holds_title,
        related: related(profile, catalog),
        first_because,
    })
}

impl Plan {
    /// A route by its id: the one place the view finds a route.
    pub fn route(&self, id: &str) -> Option<&Route> {
        self.routes.iter().find(|r| r.id == id)
    }
}

/// The neighbouring certifications that the catalog says concern this person, on their answers.
fn related(profile: &Profile, catalog: &Catalog) -> Vec<Related> {
    catalog
        .titles
        .iter()
        .filter_map(|t| {
            let because = t.helps.iter().copied().find(|h| match h {
                Helps::ConseillerNumerique => {
                    profile.situation == Some(Situation::ConseillerNumerique)
                }
                Helps::ManagingSpace => profile.activities.contains(&Activity::ManagingSpace),
            })?;
            Some(Related {
                title: t.id.to_string(),
                because,
            })
        })
        .collect()
}

/// Held blocks (and the blocks of held titles), mapped onto the target title.
fn acquired(profile: &Profile, catalog: &Catalog, today: Date) -> (Vec<Acquired>, Vec<Warning>) {
    let mut held: Vec<(String, Option<Date>)> = Vec::new();
    for h in &profile.held {
        held.push((h.block.clone(), h.obtained));
    }
    for t in &profile.held_titles {
        for b in catalog.title(&t.title).map(|t| &*t.blocks).unwrap_or(&[]) {
            held.push((b.id.to_string(), t.obtained));
        }
    }
    // The first mention of each block counts. A list, not a hash set: a profile names a few
    // blocks, and a set would bring hashing code into the wasm for nothing (the first load's size).
    let mut seen: Vec<String> = Vec::new();
    held.retain(|(b, _)| {
        let new = !seen.contains(b);
        if new {
            seen.push(b.clone());
        }
        new
    });

    let mut warnings = Vec::new();
    let mut windows: Vec<String> = Vec::new();
    let target = catalog.target_title().map(|t| t.id.as_ref());
    let out = held
        .into_iter()
        .map(|(block, obtained)| {
            let Some((title, _)) = catalog.block(&block) else {
                return Acquired {
                    block,
                    obtained,
                    counts_for: None,
                    mapping: Mapping::None,
                    sources: vec![],
                };
            };
            if Some(title.id.as_ref()) == target {
                return Acquired {
                    counts_for: Some(block.clone()),
                    block,
                    obtained,
                    mapping: Mapping::Same,
                    sources: vec![],
                };
            }
            // An old title's CCPs count toward it only until a year after its end; a title
            // held whole needs no completing.
            let whole = profile.held_titles.iter().any(|t| t.title == title.id);
            if !whole && !windows.iter().any(|w| *w == title.id) {
                windows.push(title.id.to_string());
                if let Some(deadline) = title.completion_deadline.value {
                    let sources = owned(&title.completion_deadline.sources);
                    warnings.push(if today > deadline {
                        Warning::CompletionWindowClosed {
                            title: title.id.to_string(),
                            deadline,
                            sources,
                        }
                    } else {
                        Warning::CompletionWindowOpen {
                            title: title.id.to_string(),
                            deadline,
                            months_left: today.months_until(deadline),
                            sources,
                        }
                    });
                }
            }
            let eq = catalog
                .equivalences
                .iter()
                .filter(|e| e.from == block)
                .find(|e| {
                    catalog
                        .block(&e.to)
                        .is_some_and(|(t, _)| Some(t.id.as_ref()) == target)
                });
            match eq {
                Some(e) => {
                    let ask = e.ask.clone().unwrap_or_default();
                    match e.status {
                        EquivalenceStatus::Unknown => warnings.push(Warning::EquivalenceUnknown {
                            block: block.clone(),
                            target: e.to.to_string(),
                            ask: ask.to_string(),
                        }),
                        EquivalenceStatus::Presumed => {
                            warnings.push(Warning::EquivalencePresumed {
                                block: block.clone(),
                                target: e.to.to_string(),
                                ask: ask.to_string(),
                            })
                        }
                        EquivalenceStatus::Official => {}
                    }
                    Acquired {
                        block,
                        obtained,
                        counts_for: Some(e.to.to_string()),
                        mapping: Mapping::Equivalence(e.status),
                        sources: owned(&e.basis.sources),
                    }
                }
                None => Acquired {
                    block,
                    obtained,
                    counts_for: None,
                    mapping: Mapping::None,
                    sources: vec![],
                },
            }
        })
        .collect();
    (out, warnings)
}

fn unknowns(p: &Profile) -> Vec<Unknown> {
    let employed = p.has_employer();
    let person = Person { p };
    let age = person.age();
    let mut u = Vec::new();
    let mut add = |missing: bool, what: Unknown| {
        if missing {
            u.push(what);
        }
    };
    add(p.situation.is_none(), Unknown::Situation);
    add(p.age.is_none(), Unknown::Age);
    add(p.rqth.is_none(), Unknown::Rqth);
    add(p.experience_months.is_none(), Unknown::Experience);
    add(p.diploma_level.is_none(), Unknown::DiplomaLevel);
    add(p.hours_per_week.is_none(), Unknown::HoursPerWeek);
    add(p.start.is_none(), Unknown::StartDate);
    add(employed && p.employer.is_none(), Unknown::Employer);
    add(
        p.situation == Some(Situation::Employee) && p.contract.is_none(),
        Unknown::Contract,
    );
    add(
        p.situation == Some(Situation::Employee) && p.seniority_months.is_none(),
        Unknown::Seniority,
    );
    add(
        p.situation == Some(Situation::JobSeeker) && p.registered_job_seeker.is_none(),
        Unknown::Registered,
    );
    // Past 25 the contrat de professionnalisation turns on these minimum incomes.
    add(
        age.is_none_or(|a| a > 25) && p.rsa_ass_aah.is_none() && !person.is_public(),
        Unknown::MinimaSociaux,
    );
    add(
        age.is_some_and(|a| (30..=34).contains(&a))
            && p.recent_apprenticeship.is_none()
            && p.rqth != Some(true),
        Unknown::RecentApprenticeship,
    );
    u
}

/// Warnings that depend on the routes: VAE with little experience, unknown durations.
fn route_warnings(ctx: &Context, routes: &[Route]) -> Vec<Warning> {
    let mut out = Vec::new();
    let rules = &ctx.catalog.rules;
    let expected = ctx.expected_experience();
    let is_vae = |s: &Step| {
        s.modality
            .as_deref()
            .and_then(|m| ctx.catalog.modality(m))
            .is_some_and(|m| matches!(m.kind, ModalityKind::VaeBlock | ModalityKind::VaeTitle))
    };
    let months = Person::months(ctx.profile.experience_months);
    if routes.iter().flat_map(|r| &r.steps).any(is_vae) && months.is_none_or(|m| m < expected) {
        if let Some(since) = rules.vae_no_legal_minimum_since.value {
            let mut sources = owned(&rules.vae_expected_experience_months.sources);
            sources.extend(owned(&rules.vae_no_legal_minimum_since.sources));
            out.push(Warning::VaeLittleExperience {
                months,
                expected,
                since,
                sources,
            });
        }
    }
    let mut seen: Vec<(String, String)> = Vec::new();
    for s in routes.iter().flat_map(|r| &r.steps) {
        if let (None, Some(m)) = (s.months, &s.modality) {
            let key = (m.clone(), s.scope.clone());
            if !seen.contains(&key) {
                seen.push(key.clone());
                out.push(Warning::DurationUnknown {
                    modality: key.0,
                    scope: key.1,
                });
            }
        }
    }
    out
}
