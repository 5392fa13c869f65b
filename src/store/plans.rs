//! Several named plans kept in one stored value that carries its schema version. Every earlier
//! form migrates; a plan saved with an earlier catalog keeps everything this one still holds;
//! whatever cannot be read, or had to be taken out, is kept under a backup key, never thrown
//! away, and the person is told in plain words. All of it works on [`Kv`], so it is tested
//! natively against [`Memory`] exactly as it runs against the browser's local storage.

use super::problem::Problem;
use crate::catalog::{Catalog, Date};
use crate::plan::TakenOut;
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
) -> Result<(SavedPlan, Vec<TakenOut>), Problem> {
    let name = value.get("name").and_then(Value::as_str).map(clean_name);
    let mut plan: SavedPlan =
        codec::from_value(value, "plan").map_err(|why| Problem::PlanUnreadable {
            name: name.clone(),
            why,
        })?;
    plan.name = clean_name(&plan.name);
    let (profile, taken_out) =
        checked_profile(plan.profile, catalog, today).map_err(|why| Problem::InPlan {
            name: plan.name.clone(),
            why: Box::new(why),
        })?;
    plan.profile = profile;
    if plan.progress.version > PROGRESS_VERSION {
        return Err(Problem::PlanNewer { name: plan.name });
    }
    super::follow::infer_followed(&mut plan.progress);
    Ok((plan, taken_out))
}

/// Reads the stored value: the plans that could be read, and what is wrong with each that
/// could not. `Err` when nothing could be read at all.
pub fn decode_book(
    raw: &str,
    catalog: &Catalog,
    today: Date,
) -> Result<(Book, Vec<Problem>), Vec<Problem>> {
    let mut value: Value = serde_json::from_str(raw).map_err(|_| vec![Problem::PlansUnreadable])?;
    let schema = value.get("schema").and_then(Value::as_u64);
    match schema {
        Some(s) if s > u64::from(SCHEMA) => return Err(vec![Problem::PlansNewer]),
        Some(2) => {}
        _ => return Err(vec![Problem::PlansUnreadable]),
    }
    let Some(Value::Array(items)) = value.get_mut("plans").map(Value::take) else {
        return Err(vec![Problem::PlansUnreadable]);
    };
    let mut book = Book { plans: Vec::new() };
    let mut problems = Vec::new();
    for item in items {
        match plan_from(item, catalog, today) {
            Ok((p, _)) if p.id.is_empty() || book.get(&p.id).is_some() => {
                problems.push(Problem::SameId { name: p.name })
            }
            Ok((mut p, taken_out)) => {
                p.name = book.unique_name(&p.name, None);
                if !taken_out.is_empty() {
                    // Kept with the rest of its answers; the value as stored goes to a backup.
                    problems.push(Problem::TakenOut {
                        plan: p.name.clone(),
                        taken_out,
                    });
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
        return Err(problems);
    }
    Ok((book, problems))
}

/// What opening the storage found: the plans, the one to show, and what to tell the person.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub book: Book,
    pub last: Option<String>,
    pub notices: Vec<Problem>,
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
                Err(e) => (Book::default(), e),
            };
            if !problems.is_empty() {
                notices.extend(problems);
                match backup(kv, &raw) {
                    Ok(_) => {
                        notices.push(Problem::Kept);
                        save(kv, &book).ok();
                    }
                    // The damaged value stays where it is rather than being lost.
                    Err(Refused) => notices.push(Problem::Unavailable),
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
pub fn save(kv: &mut impl Kv, book: &Book) -> Result<(), Problem> {
    match book.encode() {
        None => {
            kv.remove(PLANS_KEY);
            Ok(())
        }
        Some(text) if kv.get(PLANS_KEY).as_deref() == Some(text.as_str()) => Ok(()),
        Some(_) => kv
            .set_value(PLANS_KEY, &book.stored())
            .map_err(|Refused| Problem::NotSaved),
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
