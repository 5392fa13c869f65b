//! Several named plans kept in one stored value that carries its schema version. Every earlier
//! form migrates; a plan saved with an earlier catalog keeps everything this one still holds;
//! whatever cannot be read, or had to be taken out, is kept under a backup key, never thrown
//! away, and the person is told in plain words. All of it works on [`Kv`], so it is tested
//! natively against [`Memory`] exactly as it runs against the browser's local storage.

use crate::catalog::{Catalog, Date};
use crate::{tr, trf};
use serde_json::Value;

pub use super::book::*;
pub use super::file::*;
pub use super::kv::*;
use super::migrate::migrate_v1;
pub use super::migrate::{V1_PROFILE_KEY, V1_PROGRESS_KEY};
use super::{checked_profile, codec, PROGRESS_VERSION};

/// All the plans of this browser, in one value: `{"schema":2,"plans":[…]}`.
pub const PLANS_KEY: &str = "parcours.plans";
/// The plan shown last on this machine (each tab then keeps its own).
pub const LAST_KEY: &str = "parcours.dernier";
/// Unreadable values are kept as they were under `parcours.sauvegarde.1` … `.5`.
pub const BACKUP_PREFIX: &str = "parcours.sauvegarde.";
pub const MAX_BACKUPS: usize = 5;

/// Reads one plan out of a JSON value, fitted to the catalog and checked, with what had to be
/// taken out of it (see `Profile::fit`).
fn plan_from(
    value: Value,
    catalog: &Catalog,
    today: Date,
) -> Result<(SavedPlan, Vec<String>), String> {
    let name = value
        .get("name")
        .and_then(Value::as_str)
        .map(clean_name)
        .unwrap_or_else(|| tr!("sans nom", "unnamed").into());
    let mut plan: SavedPlan = codec::from_value(value, "plan").map_err(|e| {
        trf!(
            "Le plan « {} » est illisible ({}).",
            "The plan “{}” cannot be read ({}).",
            name,
            e
        )
    })?;
    plan.name = clean_name(&plan.name);
    let (profile, taken_out) = checked_profile(plan.profile, catalog, today)
        .map_err(|e| trf!("Le plan « {} » : {}", "The plan “{}”: {}", name, e))?;
    plan.profile = profile;
    if plan.progress.version > PROGRESS_VERSION {
        return Err(trf!(
            "Le plan « {} » a été enregistré par une version plus récente de Parcours.",
            "The plan “{}” was saved by a newer version of Parcours.",
            name
        ));
    }
    super::follow::infer_followed(&mut plan.progress);
    Ok((plan, taken_out))
}

/// What the person is told when a plan had answers this catalog no longer holds.
pub fn taken_out_notice(plan_name: &str, taken_out: &[String]) -> String {
    trf!(
        "Le plan « {} » a été fait avec une version plus ancienne du catalogue. {} Le reste du plan est gardé.",
        "The plan “{}” was made with an older version of the catalog. {} The rest of the plan is kept.",
        plan_name,
        taken_out.join(" ")
    )
}

/// Reads the stored value: the plans that could be read, and a message for each that could not.
/// `Err` when nothing could be read at all.
pub fn decode_book(
    raw: &str,
    catalog: &Catalog,
    today: Date,
) -> Result<(Book, Vec<String>), String> {
    let unreadable = || {
        tr!(
            "Les plans enregistrés dans ce navigateur sont illisibles.",
            "The plans saved in this browser cannot be read."
        )
        .to_string()
    };
    let mut value: Value = serde_json::from_str(raw).map_err(|_| unreadable())?;
    let schema = value.get("schema").and_then(Value::as_u64);
    match schema {
        Some(s) if s > u64::from(SCHEMA) => {
            return Err(tr!(
                "Vos plans ont été enregistrés par une version plus récente de Parcours.",
                "Your plans were saved by a newer version of Parcours."
            )
            .into())
        }
        Some(2) => {}
        _ => return Err(unreadable()),
    }
    let Some(Value::Array(items)) = value.get_mut("plans").map(Value::take) else {
        return Err(unreadable());
    };
    let mut book = Book { plans: Vec::new() };
    let mut problems = Vec::new();
    for item in items {
        match plan_from(item, catalog, today) {
            Ok((p, _)) if p.id.is_empty() || book.get(&p.id).is_some() => problems.push(trf!(
                "Le plan « {} » porte le même identifiant qu'un autre.",
                "The plan “{}” has the same identifier as another.",
                p.name
            )),
            Ok((mut p, taken_out)) => {
                p.name = book.unique_name(&p.name, None);
                if !taken_out.is_empty() {
                    // Kept with the rest of its answers; the value as stored goes to a backup.
                    problems.push(taken_out_notice(&p.name, &taken_out));
                }
                book.plans.push(p);
            }
            Err(e) => problems.push(e),
        }
    }
    if book.plans.is_empty() {
        if problems.is_empty() {
            return Ok((Book::default(), problems));
        }
        return Err(problems.join(" "));
    }
    Ok((book, problems))
}

/// What opening the storage found: the plans, the one to show, and what to tell the person.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub book: Book,
    pub last: Option<String>,
    pub notices: Vec<String>,
}

/// Said when storage cannot keep the plans.
pub fn unavailable() -> &'static str {
    tr!(
        "Ce navigateur ne permet pas d'enregistrer vos plans (navigation privée, stockage bloqué ou plein) : ils seront perdus en fermant la page. Exportez-les dans un fichier pour les garder.",
        "This browser cannot save your plans (private browsing, storage blocked or full): they will be lost when you close the page. Export them to a file to keep them."
    )
}

pub(crate) fn kept() -> &'static str {
    tr!(
        "Une copie de ce qui était enregistré est gardée : vous pouvez l'exporter dans « Vos plans ».",
        "A copy of what was saved is kept: you can export it in “Your plans”."
    )
}

/// Keeps an unreadable value as it was, under the first free backup key (or the same value's).
pub fn backup(kv: &mut impl Kv, raw: &str) -> Result<String, Refused> {
    let keys: Vec<String> = (1..=MAX_BACKUPS)
        .map(|i| format!("{BACKUP_PREFIX}{i}"))
        .collect();
    if let Some(k) = keys.iter().find(|k| kv.get(k).as_deref() == Some(raw)) {
        return Ok(k.clone());
    }
    let key = keys
        .iter()
        .find(|k| kv.get(k).is_none())
        .unwrap_or(&keys[MAX_BACKUPS - 1])
        .clone();
    kv.set(&key, raw)?;
    Ok(key)
}

/// The backups kept, as (key, raw value).
pub fn backups(kv: &impl Kv) -> Vec<(String, String)> {
    let mut keys: Vec<String> = kv
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect();
    crate::sort::sort_by(&mut keys, String::cmp);
    keys.into_iter()
        .filter_map(|k| kv.get(&k).map(|v| (k, v)))
        .collect()
}

/// Reads every plan, migrating earlier forms and keeping a backup of what cannot be read.
/// Never fails: the worst case is one blank plan and a message.
pub fn open(kv: &mut impl Kv, catalog: &Catalog, today: Date) -> Opened {
    let mut notices = Vec::new();
    let last = kv.get(LAST_KEY);
    let book = match kv.get(PLANS_KEY) {
        Some(raw) => {
            let (book, problems) = match decode_book(&raw, catalog, today) {
                Ok(found) => found,
                Err(e) => (Book::default(), vec![e]),
            };
            if !problems.is_empty() {
                match backup(kv, &raw) {
                    Ok(_) => {
                        notices.push(format!("{} {}", problems.join(" "), kept()));
                        save(kv, &book).ok();
                    }
                    // The damaged value stays where it is rather than being lost.
                    Err(Refused) => {
                        notices.push(format!("{} {}", problems.join(" "), unavailable()))
                    }
                }
            }
            book
        }
        None => migrate_v1(kv, catalog, today, &mut notices),
    };
    Opened {
        book,
        last,
        notices,
    }
}

/// Writes the plans (only when they changed, so that two tabs never echo each other).
pub fn save(kv: &mut impl Kv, book: &Book) -> Result<(), String> {
    match book.encode() {
        None => {
            kv.remove(PLANS_KEY);
            Ok(())
        }
        Some(text) if kv.get(PLANS_KEY).as_deref() == Some(text.as_str()) => Ok(()),
        Some(_) => kv.set_value(PLANS_KEY, &book.stored()).map_err(|Refused| {
            tr!(
                "Vos plans n'ont pas pu être enregistrés : le stockage de ce navigateur est plein ou bloqué. Exportez-les dans un fichier pour les garder.",
                "Your plans could not be saved: this browser's storage is full or blocked. Export them to a file to keep them."
            )
            .to_string()
        }),
    }
}

/// Removes everything Parcours keeps in this browser: plans, backups, old keys.
pub fn delete_all(kv: &mut impl Kv) {
    for key in kv.keys() {
        if key.starts_with("parcours.") {
            kv.remove(&key);
        }
    }
}

#[cfg(test)]
#[path = "tests/plans.rs"]
mod tests;
