//! A share link's parameters, read one by one into the profile: a list item by item (a wrong
//! item is set aside, the others kept), a single value checked against what it may be.

use super::from_word;
use super::link::lang_code;
use super::link_words::*;
use super::problem::{SetAside, Wanted};
use crate::catalog::{Catalog, Date};
use crate::plan::{Choice, HeldBlock, HeldTitle, Profile, Quote, Target, MAX_EUROS};

/// One parameter into the profile: a list, read item by item (a wrong item is set aside, the
/// others kept), or a single value.
pub(super) fn parameter(
    p: &mut Profile,
    key: &str,
    value: &str,
    catalog: &Catalog,
    today: Date,
    ignored: &mut Vec<SetAside>,
) -> Result<(), SetAside> {
    let items = || value.split(',').filter(|s| !s.is_empty());
    let mut each = |read: &mut dyn FnMut(&mut Profile, &str) -> Result<(), SetAside>| {
        for item in items() {
            if let Err(e) = read(p, item) {
                ignored.push(e);
            }
        }
        Ok(())
    };
    match key {
        "blocs" => each(&mut |p, item| held_block(p, item, catalog, today)),
        "titres" => each(&mut |p, item| held_title(p, item, catalog)),
        "activites" => each(&mut activity),
        "devis" => each(&mut |p, item| quote(p, item, catalog, today)),
        "choix" => each(&mut |p, item| choice(p, item, catalog, today)),
        _ => single(p, key, value, catalog).map_err(|why| match why {
            Some(wanted) => SetAside::Value {
                key: key.to_string(),
                value: value.to_string(),
                wanted,
            },
            None => SetAside::UnknownParameter(key.to_string()),
        }),
    }
}

/// A parameter of one value; `Err(None)` for a parameter this link format does not have.
fn single(
    p: &mut Profile,
    key: &str,
    value: &str,
    catalog: &Catalog,
) -> Result<(), Option<Wanted>> {
    let number = |min: i64, max: i64| {
        value
            .parse::<i64>()
            .ok()
            .filter(|n| (min..=max).contains(n))
            .ok_or(Wanted::Number { min, max })
    };
    let yes_no = || match value {
        "oui" => Ok(true),
        "non" => Ok(false),
        _ => Err(Wanted::YesNo),
    };
    match key {
        "objectif" => match catalog.target_title() {
            Some(t) if t.has_block(value) => {
                p.target = Target::Block {
                    block: value.to_string(),
                };
                Ok(())
            }
            _ => Err(Wanted::TargetBlock),
        },
        "situation" => from_word(SITUATIONS, value)
            .ok_or(Wanted::Situation)
            .map(|s| p.situation = Some(s)),
        "inscrit" => yes_no().map(|b| p.registered_job_seeker = Some(b)),
        "employeur" => from_word(EMPLOYERS, value)
            .ok_or(Wanted::Employer)
            .map(|e| p.employer = Some(e)),
        "contrat" => from_word(CONTRACTS, value)
            .ok_or(Wanted::Contract)
            .map(|c| p.contract = Some(c)),
        "anciennete" => number(0, 600).map(|n| p.seniority_months = Some(n)),
        "age" => number(14, 100).map(|n| p.age = Some(n)),
        "diplome" => number(0, 8).map(|n| p.diploma_level = Some(n)),
        "experience" => number(0, 600).map(|n| p.experience_months = Some(n)),
        "heures" => number(1, 60).map(|n| p.hours_per_week = Some(n)),
        "rqth" => yes_no().map(|b| p.rqth = Some(b)),
        "minima" => yes_no().map(|b| p.rsa_ass_aah = Some(b)),
        "apprenti-recent" => yes_no().map(|b| p.recent_apprenticeship = Some(b)),
        "debut" => Date::parse(value)
            .map(|d| p.start = Some(d))
            .map_err(|_| Wanted::Date),
        "cpf" => number(0, i64::from(MAX_EUROS)).map(|n| p.cpf_euros = Some(n)),
        "cpf-heures" => number(0, 1_000).map(|n| p.cpf_hours = Some(n)),
        "temps" => from_word(WORKING_TIMES, value)
            .ok_or(Wanted::WorkingTime)
            .map(|w| p.working_time = Some(w)),
        "are" => yes_no().map(|b| p.receives_are = Some(b)),
        // Read on its own before the page is drawn (`lang`); here only checked.
        "langue" => lang_code(value).map(|_| ()).ok_or(Wanted::Lang),
        _ => return Err(None),
    }
    .map_err(Some)
}

/// `blocs`: a block of the catalog, with a date of obtaining it that is possible.
fn held_block(p: &mut Profile, item: &str, catalog: &Catalog, today: Date) -> Result<(), SetAside> {
    let (block, date) = item
        .split_once(':')
        .map_or((item, None), |(b, d)| (b, Some(d)));
    let obtained = date.map(Date::parse).transpose();
    match (catalog.block(block), obtained) {
        (Some((t, _)), Ok(obtained))
            if obtained.is_none_or(|d| d <= today && t.in_force.value.is_none_or(|f| d >= f)) =>
        {
            if !p.held.iter().any(|h| h.block == block) {
                p.held.push(HeldBlock {
                    block: block.to_string(),
                    obtained,
                });
            }
            Ok(())
        }
        _ => Err(SetAside::NotABlock(item.to_string())),
    }
}

/// `titres`: a title of the catalog made of blocks.
fn held_title(p: &mut Profile, item: &str, catalog: &Catalog) -> Result<(), SetAside> {
    match catalog.title(item) {
        Some(title) if !title.blocks.is_empty() => {
            p.held_titles.push(HeldTitle {
                title: item.to_string(),
                obtained: None,
            });
            Ok(())
        }
        _ => Err(SetAside::NotATitle(item.to_string())),
    }
}

/// `activites`: what the person has done in the job, each once.
fn activity(p: &mut Profile, item: &str) -> Result<(), SetAside> {
    match from_word(ACTIVITIES, item) {
        Some(a) if !p.activities.contains(&a) => p.activities.push(a),
        Some(_) => {}
        None => return Err(SetAside::NotAnActivity(item.to_string())),
    }
    Ok(())
}

/// `devis`: `bloc:modalité:euros`, for a block of the title aimed at, one per block and way.
fn quote(p: &mut Profile, item: &str, catalog: &Catalog, today: Date) -> Result<(), SetAside> {
    let mut parts = item.splitn(3, ':');
    let quote = match (
        parts.next(),
        parts.next(),
        parts.next().map(str::parse::<i64>),
    ) {
        (Some(scope), Some(modality), Some(Ok(euros))) => Some(Quote {
            scope: scope.into(),
            modality: modality.into(),
            euros,
        }),
        _ => None,
    };
    let fits = quote.filter(|q| {
        let mut trial = p.clone();
        trial.quotes = vec![q.clone()];
        trial.check(catalog, today).is_ok()
            && !p
                .quotes
                .iter()
                .any(|x| x.scope == q.scope && x.modality == q.modality)
    });
    let q = fits.ok_or_else(|| SetAside::QuoteForm(item.to_string()))?;
    p.quotes.push(q);
    Ok(())
}

/// `choix`: `bloc:modalité`, a way that block can be taken, one per block.
fn choice(p: &mut Profile, item: &str, catalog: &Catalog, today: Date) -> Result<(), SetAside> {
    let (block, modality) = item
        .split_once(':')
        .ok_or_else(|| SetAside::ChoiceForm(item.to_string()))?;
    let chosen = Choice {
        block: block.into(),
        modality: modality.into(),
    };
    let mut trial = p.clone();
    trial.choices = vec![chosen.clone()];
    if trial.check(catalog, today).is_err() || p.choices.iter().any(|c| c.block == block) {
        return Err(SetAside::NotAChoice(item.to_string()));
    }
    p.choices.push(chosen);
    Ok(())
}
