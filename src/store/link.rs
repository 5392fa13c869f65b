//! Share links: a profile and its choices as a readable, versioned query string that a
//! counsellor could write by hand (docs/share-link.md). Decoding never panics: unknown or
//! invalid parameters are ignored and listed, an over-long link is refused politely.

use super::link_words::*;
use super::{from_word, word};
use crate::catalog::{Catalog, Date};
use crate::i18n::Lang;
use crate::plan::{
    Choice, HeldBlock, HeldTitle, Profile, Quote, Target, MAX_EUROS, PROFILE_VERSION,
};
use crate::{tr, trf};

/// The link format's version, written as `v=1`.
pub const LINK_VERSION: u32 = 1;
/// Longer query strings are refused: no profile needs more, and some tools cut long links.
pub const MAX_LINK_CHARS: usize = 2000;

/// A decoded link: the profile, and every parameter that was set aside, with why.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub profile: Profile,
    /// The route followed and its marks, if the link carries them.
    pub progress: super::Progress,
    pub ignored: Vec<String>,
}

/// The query string of a link made on a page in `lang`: the profile, the route followed and
/// its marks, and `langue=en` for English, so that the person who opens it reads the plan in
/// the language it was made in. French, the default, adds nothing.
pub fn encode_in(p: &Profile, progress: &super::Progress, lang: Lang) -> String {
    let mut query = encode(p);
    for (k, v) in super::follow::encode(progress) {
        query.push_str(&format!("&{k}={}", escape(&v)));
    }
    match lang {
        Lang::En => format!("{query}&langue=en"),
        Lang::Fr => query,
    }
}

/// The language a link asks for (`langue=fr` or `langue=en`, the first one given), if any. Read
/// before the rest of the link, so that the page, and what it says about the link, is in it.
pub fn lang(query: &str) -> Option<Lang> {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.chars().count() > MAX_LINK_CHARS {
        return None;
    }
    // Read as `decode` reads it: escapes undone, the first `langue` given.
    let value = query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (unescape(key)? == "langue").then(|| unescape(value))
    })??;
    lang_code(&value)
}

/// `fr` or `en`, exactly: a link is written by the app, or by hand from docs/share-link.md.
fn lang_code(value: &str) -> Option<Lang> {
    match value {
        "fr" => Some(Lang::Fr),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// The query string (without `?`) that carries this profile.
pub fn encode(p: &Profile) -> String {
    // Only what counts: an employer answered before the situation changed is left out.
    let mut p = p.clone();
    p.forget_unasked();
    let p = &p;
    let mut parts: Vec<String> = vec![format!("v={LINK_VERSION}")];
    let mut put = |k: &str, v: String| parts.push(format!("{k}={}", escape(&v)));
    if !p.held.is_empty() {
        let held: Vec<String> = p
            .held
            .iter()
            .map(|h| match h.obtained {
                Some(d) => format!("{}:{d}", h.block),
                None => h.block.clone(),
            })
            .collect();
        put("blocs", held.join(","));
    }
    if !p.held_titles.is_empty() {
        let titles: Vec<String> = p.held_titles.iter().map(|t| t.title.clone()).collect();
        put("titres", titles.join(","));
    }
    if let Target::Block { block } = &p.target {
        put("objectif", block.clone());
    }
    if !p.activities.is_empty() {
        let done: Vec<&str> = p.activities.iter().map(|a| word(ACTIVITIES, *a)).collect();
        put("activites", done.join(","));
    }
    if let Some(s) = p.situation {
        put("situation", word(SITUATIONS, s).into());
    }
    if let Some(b) = p.registered_job_seeker {
        put("inscrit", yes_no(b).into());
    }
    if let Some(e) = p.employer {
        put("employeur", word(EMPLOYERS, e).into());
    }
    if let Some(c) = p.contract {
        put("contrat", word(CONTRACTS, c).into());
    }
    for (k, v) in [
        ("anciennete", p.seniority_months),
        ("age", p.age),
        ("diplome", p.diploma_level),
        ("experience", p.experience_months),
        ("heures", p.hours_per_week),
        ("cpf", p.cpf_euros),
        ("cpf-heures", p.cpf_hours),
    ] {
        if let Some(v) = v {
            put(k, v.to_string());
        }
    }
    if let Some(b) = p.rqth {
        put("rqth", yes_no(b).into());
    }
    if let Some(b) = p.rsa_ass_aah {
        put("minima", yes_no(b).into());
    }
    if let Some(b) = p.recent_apprenticeship {
        put("apprenti-recent", yes_no(b).into());
    }
    if let Some(d) = p.start {
        put("debut", d.to_string());
    }
    if let Some(w) = p.working_time {
        put("temps", word(WORKING_TIMES, w).into());
    }
    if let Some(b) = p.receives_are {
        put("are", yes_no(b).into());
    }
    if !p.quotes.is_empty() {
        let quotes: Vec<String> = p
            .quotes
            .iter()
            .map(|q| format!("{}:{}:{}", q.scope, q.modality, q.euros))
            .collect();
        put("devis", quotes.join(","));
    }
    if !p.choices.is_empty() {
        let choices: Vec<String> = p
            .choices
            .iter()
            .map(|c| format!("{}:{}", c.block, c.modality))
            .collect();
        put("choix", choices.join(","));
    }
    parts.join("&")
}

/// Reads a query string (with or without `?`). Parameters that are unknown, repeated or
/// invalid are set aside and listed; the rest is checked like any profile.
pub fn decode(query: &str, catalog: &Catalog, today: Date) -> Result<Decoded, String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.chars().count() > MAX_LINK_CHARS {
        return Err(trf!(
            "Ce lien est trop long ({} caractères, {} au plus) : il a sans doute été abîmé en le copiant.",
            "This link is too long ({} characters, {} at most): it was probably damaged when copied.",
            query.chars().count(),
            MAX_LINK_CHARS
        ));
    }
    let mut p = Profile::new();
    let mut ignored = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut version = None;
    let mut followed = super::follow::FromLink::default();
    for pair in query.split('&').filter(|s| !s.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(key), Some(value)) = (unescape(raw_key), unescape(raw_value)) else {
            ignored.push(trf!(
                "« {} » : caractères illisibles",
                "“{}”: unreadable characters",
                pair
            ));
            continue;
        };
        if seen.contains(&key) {
            ignored.push(trf!(
                "« {} » : donné deux fois, seule la première valeur compte",
                "“{}”: given twice, only the first value counts",
                key
            ));
            continue;
        }
        seen.push(key.clone());
        let bad = |what: &str| trf!("« {}={} » : {}", "“{}={}”: {}", key, value, what);
        let number = |lo: i64, hi: i64| -> Result<i64, String> {
            value
                .parse::<i64>()
                .ok()
                .filter(|n| (lo..=hi).contains(n))
                .ok_or_else(|| {
                    bad(&trf!(
                        "un nombre de {} à {} est attendu",
                        "a number from {} to {} is expected",
                        lo,
                        hi
                    ))
                })
        };
        let boolean = || match value.as_str() {
            "oui" => Ok(true),
            "non" => Ok(false),
            _ => Err(bad(tr!(
                "« oui » ou « non » est attendu",
                "“oui” (yes) or “non” (no) is expected"
            ))),
        };
        if let Some(outcome) = followed.take(&key, &value) {
            if let Err(m) = outcome {
                ignored.push(m);
            }
            continue;
        }
        let outcome: Result<(), String> = match key.as_str() {
            "v" => match value.parse::<u32>() {
                Ok(n) if n <= LINK_VERSION => {
                    version = Some(n);
                    Ok(())
                }
                _ => {
                    return Err(trf!(
                        "Ce lien a été fait par une version plus récente de Parcours (version « {} ») : ouvrez-le avec une version à jour.",
                        "This link was made by a newer version of Parcours (version “{}”): open it with an up-to-date version.",
                        value
                    ))
                }
            },
            "blocs" => {
                for item in value.split(',').filter(|s| !s.is_empty()) {
                    let (block, date) = item.split_once(':').map_or((item, None), |(b, d)| (b, Some(d)));
                    let obtained = date.map(Date::parse).transpose();
                    match (catalog.block(block), obtained) {
                        (Some((t, _)), Ok(obtained)) if obtained.is_none_or(|d| d <= today && t.in_force.value.is_none_or(|f| d >= f)) => {
                            if !p.held.iter().any(|h| h.block == block) {
                                p.held.push(HeldBlock { block: block.to_string(), obtained });
                            }
                        }
                        _ => ignored.push(trf!(
                            "« blocs » : « {} » n'est pas un bloc connu avec une date possible",
                            "“blocs”: “{}” is not a known block with a possible date",
                            item
                        )),
                    }
                }
                Ok(())
            }
            "titres" => {
                for t in value.split(',').filter(|s| !s.is_empty()) {
                    match catalog.title(t) {
                        Some(title) if !title.blocks.is_empty() => p.held_titles.push(HeldTitle { title: t.to_string(), obtained: None }),
                        _ => ignored.push(trf!("« titres » : « {} » n'est pas un titre connu", "“titres”: “{}” is not a known title", t)),
                    }
                }
                Ok(())
            }
            "objectif" => match catalog.target_title() {
                Some(t) if t.has_block(&value) => {
                    p.target = Target::Block { block: value.clone() };
                    Ok(())
                }
                _ => Err(bad(tr!("ce n'est pas un bloc du titre visé", "not a block of the title aimed at"))),
            },
            "activites" => {
                for item in value.split(',').filter(|s| !s.is_empty()) {
                    match from_word(ACTIVITIES, item) {
                        Some(a) if !p.activities.contains(&a) => p.activities.push(a),
                        Some(_) => {}
                        None => ignored.push(trf!("« activites » : « {} » n'est pas une activité connue", "“activites”: “{}” is not a known activity", item)),
                    }
                }
                Ok(())
            }
            "situation" => from_word(SITUATIONS, &value).map(|s| p.situation = Some(s)).ok_or_else(|| bad(tr!("situation inconnue", "unknown situation"))),
            "inscrit" => boolean().map(|b| p.registered_job_seeker = Some(b)),
            "employeur" => from_word(EMPLOYERS, &value).map(|e| p.employer = Some(e)).ok_or_else(|| bad(tr!("employeur inconnu", "unknown employer"))),
            "contrat" => from_word(CONTRACTS, &value).map(|c| p.contract = Some(c)).ok_or_else(|| bad(tr!("contrat inconnu", "unknown contract"))),
            "anciennete" => number(0, 600).map(|n| p.seniority_months = Some(n)),
            "age" => number(14, 100).map(|n| p.age = Some(n)),
            "diplome" => number(0, 8).map(|n| p.diploma_level = Some(n)),
            "experience" => number(0, 600).map(|n| p.experience_months = Some(n)),
            "heures" => number(1, 60).map(|n| p.hours_per_week = Some(n)),
            "rqth" => boolean().map(|b| p.rqth = Some(b)),
            "minima" => boolean().map(|b| p.rsa_ass_aah = Some(b)),
            "apprenti-recent" => boolean().map(|b| p.recent_apprenticeship = Some(b)),
            "debut" => Date::parse(&value).map(|d| p.start = Some(d)).map_err(|e| bad(&e)),
            "cpf" => number(0, i64::from(MAX_EUROS)).map(|n| p.cpf_euros = Some(n)),
            "cpf-heures" => number(0, 1_000).map(|n| p.cpf_hours = Some(n)),
            "temps" => from_word(WORKING_TIMES, &value).map(|w| p.working_time = Some(w)).ok_or_else(|| bad(tr!("« travail » ou « hors-travail » est attendu", "“travail” (on working time) or “hors-travail” (outside it) is expected"))),
            "are" => boolean().map(|b| p.receives_are = Some(b)),
            "devis" => {
                for item in value.split(',').filter(|s| !s.is_empty()) {
                    let mut parts = item.splitn(3, ':');
                    let quote = match (parts.next(), parts.next(), parts.next().map(str::parse::<i64>)) {
                        (Some(scope), Some(modality), Some(Ok(euros))) => Some(Quote { scope: scope.into(), modality: modality.into(), euros }),
                        _ => None,
                    };
                    let fits = quote.filter(|q| {
                        let mut trial = p.clone();
                        trial.quotes = vec![q.clone()];
                        trial.check(catalog, today).is_ok()
                            && !p.quotes.iter().any(|x| x.scope == q.scope && x.modality == q.modality)
                    });
                    match fits {
                        Some(q) => p.quotes.push(q),
                        None => ignored.push(trf!(
                            "« devis » : « {} » devrait s'écrire bloc:modalité:euros, pour un bloc du titre visé",
                            "“devis”: “{}” should be written block:modality:euros, for a block of the title aimed at",
                            item
                        )),
                    }
                }
                Ok(())
            }
            "choix" => {
                for item in value.split(',').filter(|s| !s.is_empty()) {
                    let Some((block, modality)) = item.split_once(':') else {
                        ignored.push(trf!(
                            "« choix » : « {} » devrait s'écrire bloc:modalité",
                            "“choix”: “{}” should be written block:modality",
                            item
                        ));
                        continue;
                    };
                    let mut trial = p.clone();
                    trial.choices = vec![Choice { block: block.into(), modality: modality.into() }];
                    match trial.check(catalog, today) {
                        Ok(()) if !p.choices.iter().any(|c| c.block == block) => {
                            p.choices.push(Choice { block: block.into(), modality: modality.into() })
                        }
                        _ => ignored.push(trf!("« choix » : « {} » n'est pas un choix possible", "“choix”: “{}” is not a possible choice", item)),
                    }
                }
                Ok(())
            }
            // Read on its own before the page is drawn (`lang`); here only checked.
            "langue" => lang_code(&value)
                .map(|_| ())
                .ok_or_else(|| bad(tr!("« fr » ou « en » est attendu", "“fr” or “en” is expected"))),
            _ => Err(trf!("« {} » : paramètre inconnu", "“{}”: unknown parameter", key)),
        };
        if let Err(m) = outcome {
            ignored.push(m);
        }
    }
    if version.is_none() {
        ignored.push(
            tr!(
                "« v » : version absente, lue comme la version 1",
                "“v”: version missing, read as version 1"
            )
            .into(),
        );
    }
    p.version = PROFILE_VERSION;
    // Everything kept was checked one by one; check the whole as the planner will.
    p.check(catalog, today).map_err(|e| {
        trf!(
            "Ce lien ne peut pas être lu : {}",
            "This link cannot be read: {}",
            e
        )
    })?;
    let progress = followed.progress(&mut ignored);
    Ok(Decoded {
        profile: p,
        progress,
        ignored,
    })
}

#[cfg(test)]
#[path = "tests/link.rs"]
mod tests;
