//! Share links: a profile and its choices as a readable, versioned query string that a
//! counsellor could write by hand (docs/share-link.md). Decoding never panics: unknown or
//! invalid parameters are ignored and listed, an over-long link is refused politely.

use super::link_words::*;
use super::problem::{LinkRefused, SetAside};
use super::word;
use crate::catalog::{Catalog, Date, Lang};
use crate::plan::{Profile, Target, PROFILE_VERSION};

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
    pub ignored: Vec<SetAside>,
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
pub(super) fn lang_code(value: &str) -> Option<Lang> {
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
pub fn decode(query: &str, catalog: &Catalog, today: Date) -> Result<Decoded, LinkRefused> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let chars = query.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(LinkRefused::TooLong {
            chars,
            max: MAX_LINK_CHARS,
        });
    }
    let mut p = Profile::new();
    let mut ignored = Vec::new();
    let mut version = None;
    let mut followed = super::follow::FromLink::default();
    for read in parameters(query) {
        let (key, value) = match read {
            Ok(read) => read,
            Err(set_aside) => {
                ignored.push(set_aside);
                continue;
            }
        };
        let outcome = if let Some(outcome) = followed.take(&key, &value) {
            outcome
        } else if key == "v" {
            version = Some(link_version(&value)?);
            Ok(())
        } else {
            super::link_params::parameter(&mut p, &key, &value, catalog, today, &mut ignored)
        };
        if let Err(set_aside) = outcome {
            ignored.push(set_aside);
        }
    }
    if version.is_none() {
        ignored.push(SetAside::NoVersion);
    }
    p.version = PROFILE_VERSION;
    // Everything kept was checked one by one; check the whole as the planner will.
    p.check(catalog, today).map_err(LinkRefused::Impossible)?;
    let progress = followed.progress(&mut ignored);
    Ok(Decoded {
        profile: p,
        progress,
        ignored,
    })
}

/// The parameters of a query string in their order, as (key, value) with escapes undone, or
/// why one is set aside: its characters cannot be read, or its key was given before (the
/// first value counts).
fn parameters(query: &str) -> Vec<Result<(String, String), SetAside>> {
    let mut seen: Vec<String> = Vec::new();
    query
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|pair| {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            match (unescape(raw_key), unescape(raw_value)) {
                (Some(key), _) if seen.contains(&key) => Err(SetAside::Twice(key)),
                (Some(key), Some(value)) => {
                    seen.push(key.clone());
                    Ok((key, value))
                }
                _ => Err(SetAside::UnreadableCharacters(pair.to_string())),
            }
        })
        .collect()
}

/// `v`: a version this Parcours reads, or the link is refused.
fn link_version(value: &str) -> Result<u32, LinkRefused> {
    value
        .parse::<u32>()
        .ok()
        .filter(|n| *n <= LINK_VERSION)
        .ok_or_else(|| LinkRefused::Newer(value.to_string()))
}

#[cfg(test)]
#[path = "tests/link.rs"]
mod tests;
