//! Several named plans kept in one stored value that carries its schema version. Every earlier
//! form migrates; a plan saved with an earlier catalog keeps everything this one still holds;
//! whatever cannot be read, or had to be taken out, is kept under a backup key, never thrown
//! away, and the person is told in plain words. All of it works on [`Kv`], so it is tested
//! natively against [`Memory`] exactly as it runs against the browser's local storage.

use super::codec;
use super::{
    checked_profile, checked_progress, decode_profile, decode_progress, Progress, PROGRESS_VERSION,
};
use crate::catalog::{Catalog, Date};
use crate::plan::Profile;
use crate::{tr, trf};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// All the plans of this browser, in one value: `{"schema":2,"plans":[…]}`.
pub const PLANS_KEY: &str = "parcours.plans";
/// The plan shown last on this machine (each tab then keeps its own).
pub const LAST_KEY: &str = "parcours.dernier";
/// Unreadable values are kept as they were under `parcours.sauvegarde.1` … `.5`.
pub const BACKUP_PREFIX: &str = "parcours.sauvegarde.";
pub const MAX_BACKUPS: usize = 5;
/// Schema 1 (before several plans): one profile and one progress value.
pub const V1_PROFILE_KEY: &str = "parcours.profil";
pub const V1_PROGRESS_KEY: &str = "parcours.avancement";
/// The current schema of the stored value and of exported files.
pub const SCHEMA: u32 = 2;
/// What an exported file says it is.
pub const FILE_FORMAT: &str = "parcours-plan";
/// Files larger than this are not plans (a plan is a few kilobytes).
pub const MAX_FILE_BYTES: usize = 512 * 1024;
pub const MAX_NAME_CHARS: usize = 80;
/// The first plan's name, in each language (a blank plan so named is never written).
const DEFAULT_NAMES: [&str; 2] = ["Mon plan", "My plan"];

pub fn default_name() -> &'static str {
    // Both names stay in the program: a plan named either way is shown in the page's language.
    DEFAULT_NAMES[usize::from(crate::i18n::en())]
}

/// A plan's name as shown: the default name in the page's language, any other as given.
pub fn shown_name(name: &str) -> &str {
    if DEFAULT_NAMES.contains(&name) {
        default_name()
    } else {
        name
    }
}

/// A write the storage refused (full, or blocked).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// The storage the plans live in: the browser's local storage, or memory.
pub trait Kv {
    /// The text stored under `key`, as it is.
    fn get(&self, key: &str) -> Option<String>;
    /// Fails when the storage is full or refuses to write.
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused>;
    /// Writes a value as its JSON (the stored form of plans).
    fn set_value<T: Serialize>(&mut self, key: &str, value: &T) -> Result<(), Refused> {
        self.set(key, &codec::to_text(value))
    }
    fn remove(&mut self, key: &str);
    fn keys(&self) -> Vec<String>;
}

/// Storage in memory: where local storage is unavailable, and in tests (`full` refuses writes).
#[derive(Clone, Debug, Default)]
pub struct Memory {
    pub map: BTreeMap<String, String>,
    pub full: bool,
}

impl Kv for Memory {
    fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        if self.full {
            return Err(Refused);
        }
        self.map.insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) {
        self.map.remove(key);
    }
    fn keys(&self) -> Vec<String> {
        self.map.keys().cloned().collect()
    }
}

/// One named plan: the person's answers, their choices (inside the profile) and their progress.
/// Stored as `{"id":…,"name":…,"profile":{…},"progress":{…}}`; `id` and `name` are needed,
/// nothing else may be there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedPlan {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub profile: Profile,
    #[serde(default)]
    pub progress: Progress,
}

/// The stored value: `{"schema":2,"plans":[…]}`.
#[derive(Serialize)]
struct Stored<'a> {
    schema: u32,
    plans: &'a [SavedPlan],
}

/// An exported plan: readable JSON that says what it is and which schema it follows.
#[derive(Serialize)]
struct File<'a> {
    format: &'a str,
    schema: u32,
    exported: Date,
    name: &'a str,
    profile: &'a Profile,
    progress: &'a Progress,
}

impl SavedPlan {
    pub fn new(id: String, name: String) -> SavedPlan {
        SavedPlan {
            id,
            name,
            profile: Profile::new(),
            progress: Progress::default(),
        }
    }
    /// Nothing answered, nothing marked: not worth keeping.
    fn is_blank(&self) -> bool {
        self.profile == Profile::new() && self.progress.steps.is_empty()
    }
}

/// Every plan of this browser, in the order they were created.
#[derive(Clone, Debug, PartialEq)]
pub struct Book {
    pub plans: Vec<SavedPlan>,
}

impl Default for Book {
    fn default() -> Book {
        Book {
            plans: vec![SavedPlan::new("plan-1".into(), default_name().into())],
        }
    }
}

impl Book {
    pub fn get(&self, id: &str) -> Option<&SavedPlan> {
        self.plans.iter().find(|p| p.id == id)
    }
    pub fn get_mut(&mut self, id: &str) -> Option<&mut SavedPlan> {
        self.plans.iter_mut().find(|p| p.id == id)
    }
    /// An id no plan has (`plan-N`, one more than the highest).
    pub fn fresh_id(&self) -> String {
        let top = self
            .plans
            .iter()
            .filter_map(|p| p.id.strip_prefix("plan-")?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        format!("plan-{}", top.saturating_add(1))
    }
    /// `wanted`, cleaned up and made different from every other plan's name.
    pub fn unique_name(&self, wanted: &str, except: Option<&str>) -> String {
        let base = clean_name(wanted);
        let taken = |n: &str| {
            self.plans
                .iter()
                .any(|p| Some(p.id.as_str()) != except && p.name == n)
        };
        if !taken(&base) {
            return base;
        }
        (2..)
            .map(|i| format!("{base} ({i})"))
            .find(|n| !taken(n))
            .unwrap_or(base)
    }
    /// Adds a plan and returns its id.
    pub fn add(&mut self, name: &str, profile: Profile, progress: Progress) -> String {
        let id = self.fresh_id();
        let name = self.unique_name(name, None);
        self.plans.push(SavedPlan {
            id: id.clone(),
            name,
            profile,
            progress,
        });
        id
    }
    pub fn rename(&mut self, id: &str, name: &str) {
        let name = self.unique_name(name, Some(id));
        if let Some(p) = self.get_mut(id) {
            p.name = name;
        }
    }
    /// Removes a plan; the book always keeps at least one (a blank one if needed).
    pub fn delete(&mut self, id: &str) {
        self.plans.retain(|p| p.id != id);
        if self.plans.is_empty() {
            let id = self.fresh_id();
            self.plans.push(SavedPlan::new(id, default_name().into()));
        }
    }
    /// The value stored.
    fn stored(&self) -> Stored<'_> {
        Stored {
            schema: SCHEMA,
            plans: &self.plans,
        }
    }
    /// The stored text; `None` when there is nothing worth keeping (one blank plan).
    pub fn encode(&self) -> Option<String> {
        let blank = self.plans.len() == 1
            && self.plans[0].is_blank()
            && DEFAULT_NAMES.contains(&self.plans[0].name.as_str());
        if blank {
            return None;
        }
        Some(codec::to_text(&self.stored()))
    }
}

/// A name fit to show: no control characters, trimmed, at most [`MAX_NAME_CHARS`].
pub fn clean_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    // Cut at the limit, a name may end on a space: cleaning it again must change nothing.
    let cleaned = cleaned.trim_end().to_string();
    if cleaned.is_empty() {
        tr!("Plan sans nom", "Unnamed plan").into()
    } else {
        cleaned
    }
}

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

fn kept() -> &'static str {
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

/// Schema 1 kept one profile and one progress value: they become the plan « Mon plan ».
fn migrate_v1(kv: &mut impl Kv, catalog: &Catalog, today: Date, notices: &mut Vec<String>) -> Book {
    let profile_raw = kv.get(V1_PROFILE_KEY);
    let progress_raw = kv.get(V1_PROGRESS_KEY);
    if profile_raw.is_none() && progress_raw.is_none() {
        return Book::default();
    }
    let mut plan = SavedPlan::new("plan-1".into(), default_name().into());
    let mut damaged = Vec::new();
    if let Some(raw) = &profile_raw {
        match decode_profile(raw, catalog, today) {
            Ok((p, taken_out)) => {
                plan.profile = p;
                if !taken_out.is_empty() {
                    // The answers as stored go to a backup, like damaged ones.
                    damaged.push((raw.clone(), taken_out_notice(&plan.name, &taken_out)));
                }
            }
            Err(e) => damaged.push((raw.clone(), e)),
        }
    }
    if let Some(raw) = &progress_raw {
        match decode_progress(raw) {
            Ok(p) => plan.progress = p,
            Err(e) => damaged.push((raw.clone(), e)),
        }
    }
    let mut kept = true;
    for (raw, e) in &damaged {
        kept &= backup(kv, raw).is_ok();
        notices.push(e.clone());
    }
    if !damaged.is_empty() {
        notices.push(if kept { self::kept() } else { unavailable() }.into());
    }
    let book = Book { plans: vec![plan] };
    // The old keys go only once the new value is written (and the damaged ones are kept).
    if kept && save(kv, &book).is_ok() {
        kv.remove(V1_PROFILE_KEY);
        kv.remove(V1_PROGRESS_KEY);
    }
    book
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

/// A plan as a file: readable JSON that says what it is and which schema it follows.
pub fn export_file(plan: &SavedPlan, today: Date) -> String {
    codec::to_pretty_text(&File {
        format: FILE_FORMAT,
        schema: SCHEMA,
        exported: today,
        name: &plan.name,
        profile: &plan.profile,
        progress: &plan.progress,
    })
}

fn imported() -> &'static str {
    tr!("Plan importé", "Imported plan")
}

/// A plan read from a file.
#[derive(Debug)]
pub struct Imported {
    pub name: String,
    pub profile: Profile,
    pub progress: Progress,
    /// What the file held that this catalog no longer does (see `Profile::fit`).
    pub taken_out: Vec<String>,
}

/// A plan read from a file: its name, answers and progress, fitted to this catalog. Also takes
/// a bare profile (the form `cargo run --example plan` reads, and schema 1's stored value).
pub fn import_file(raw: &str, catalog: &Catalog, today: Date) -> Result<Imported, String> {
    let not_a_plan = tr!(
        "Ce fichier n'est pas un plan Parcours.",
        "This file is not a Parcours plan."
    );
    if raw.len() > MAX_FILE_BYTES {
        return Err(format!(
            "{not_a_plan} {}",
            tr!("Il est bien trop grand.", "It is far too big.")
        ));
    }
    // A byte order mark, as some editors write, is not part of the text.
    let raw = raw.trim_start_matches('\u{feff}');
    let mut value: Value = serde_json::from_str(raw).map_err(|_| {
        format!(
            "{not_a_plan} {}",
            tr!(
                "Il n'est pas lisible comme tel.",
                "It cannot be read as one."
            )
        )
    })?;
    if !value.is_object() {
        return Err(not_a_plan.into());
    }
    match value.get("format").and_then(Value::as_str) {
        Some(FILE_FORMAT) => {}
        Some(_) => return Err(not_a_plan.into()),
        None if value.get("version").is_some() => {
            let (profile, taken_out) = decode_profile(raw, catalog, today)?;
            return Ok(Imported {
                name: imported().into(),
                profile,
                progress: Progress::default(),
                taken_out,
            });
        }
        None => return Err(not_a_plan.into()),
    }
    match value.get("schema").and_then(Value::as_u64) {
        Some(s) if s > u64::from(SCHEMA) => {
            return Err(
                tr!(
                    "Ce fichier vient d'une version plus récente de Parcours : mettez la page à jour pour l'ouvrir.",
                    "This file comes from a newer version of Parcours: update the page to open it."
                )
                    .into(),
            )
        }
        Some(2) => {}
        _ => return Err(not_a_plan.into()),
    }
    let name = value
        .get("name")
        .and_then(Value::as_str)
        .map_or_else(|| imported().into(), clean_name);
    let mut part = |key: &str| value.get_mut(key).map_or(Value::Null, Value::take);
    let profile = match part("profile") {
        Value::Null => Profile::default(),
        p => codec::from_value(p, "profile").map_err(|e| super::unreadable_answers(&e))?,
    };
    let (profile, taken_out) = checked_profile(profile, catalog, today)?;
    let progress = match part("progress") {
        Value::Null => Progress::default(),
        p => checked_progress(
            codec::from_value(p, "progress").map_err(|e| super::unreadable_progress(&e))?,
        )?,
    };
    Ok(Imported {
        name,
        profile,
        progress,
        taken_out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::official;
    use crate::plan::{Choice, HeldBlock, Situation};
    use crate::store::StepStatus;

    fn today() -> Date {
        Date::parse("2026-11-29").unwrap()
    }

    fn sample() -> SavedPlan {
        let mut p = SavedPlan::new("plan-3".into(), "Léa (Mission locale)".into());
        p.profile.held.push(HeldBlock {
            block: "remn-ccp1".into(),
            obtained: Date::parse("2023-06-30").ok(),
        });
        p.profile.situation = Some(Situation::JobSeeker);
        p.profile.choices.push(Choice {
            block: "mn-ccp1".into(),
            modality: "vae-bloc".into(),
        });
        p.progress
            .set("terrain/mn-ccp1/vae-bloc".into(), StepStatus::InProgress);
        p
    }

    #[test]
    fn a_plan_goes_through_a_file_unchanged() {
        let plan = sample();
        let file = export_file(&plan, today());
        assert!(file.contains("\"format\": \"parcours-plan\""), "{file}");
        let back = import_file(&file, official(), today()).unwrap();
        assert_eq!(back.name, plan.name);
        assert_eq!(back.profile, plan.profile);
        assert_eq!(back.progress, plan.progress);
        assert!(back.taken_out.is_empty(), "{:?}", back.taken_out);
    }

    #[test]
    fn files_that_are_not_plans_are_refused_with_a_reason() {
        for raw in [
            "",
            "%PDF-1.7",
            "[]",
            r#"{"format":"autre","schema":2}"#,
            r#"{"format":"parcours-plan"}"#,
            r#"{"format":"parcours-plan","schema":2,"profile":{"version":1,"age":7}}"#,
        ] {
            let e = import_file(raw, official(), today()).unwrap_err();
            assert!(!e.is_empty(), "{raw}");
        }
        let future = r#"{"format":"parcours-plan","schema":3,"profile":{}}"#;
        assert!(import_file(future, official(), today())
            .unwrap_err()
            .contains("plus récente"));
        let huge = format!("{{\"x\":\"{}\"}}", "a".repeat(MAX_FILE_BYTES));
        assert!(import_file(&huge, official(), today()).is_err());
    }

    #[test]
    fn a_bare_profile_file_is_imported_as_a_plan() {
        let raw = r#"{"version":1,"held":[{"block":"mn-ccp1"}],"age":40}"#;
        let back = import_file(raw, official(), today()).unwrap();
        assert_eq!(back.name, "Plan importé");
        assert_eq!(back.profile.age, Some(40));
        // Some editors start a file with a byte order mark: it is not part of the text.
        let back = import_file(&format!("\u{feff}{raw}"), official(), today()).unwrap();
        assert_eq!(back.profile.age, Some(40));
    }

    #[test]
    fn a_file_from_an_earlier_catalog_is_imported_without_what_this_one_lacks() {
        let raw = r#"{"format":"parcours-plan","schema":2,"name":"Inès","profile":{"version":1,"held":[{"block":"remn-ccp1"},{"block":"remn-ccp9"}],"age":29,"choices":[{"block":"mn-ccp1","modality":"vae-ancienne"}]},"progress":{"version":1,"steps":{"votre-parcours/mn-ccp1/vae-bloc":"done"}}}"#;
        let back = import_file(raw, official(), today()).unwrap();
        assert_eq!(back.name, "Inès");
        let held: Vec<_> = back.profile.held.iter().map(|h| h.block.as_str()).collect();
        assert_eq!(held, ["remn-ccp1"]);
        assert!(back.profile.choices.is_empty());
        assert_eq!(back.profile.age, Some(29));
        assert_eq!(back.progress.steps.len(), 1);
        assert_eq!(back.taken_out.len(), 2, "{:?}", back.taken_out);
    }

    #[test]
    fn the_stored_plans_read_back_the_same() {
        let mut kv = Memory::default();
        let mut book = Book::default();
        book.plans.push(sample());
        save(&mut kv, &book).unwrap();
        let opened = open(&mut kv, official(), today());
        assert_eq!(opened.book, book);
        assert!(opened.notices.is_empty());
    }

    /// The stored value exactly as the release before serde_json wrote it (its own JSON codec,
    /// profiles without the RSA/ASS/AAH and apprenticeship answers): it opens unchanged, and
    /// the next save writes the same plans.
    #[test]
    fn plans_stored_by_the_previous_release_open_as_they_were() {
        const STORED: &str = r#"{"schema":2,"plans":[{"id":"plan-1","name":"Léa","profile":{"version":1,"held":[{"block":"remn-ccp1","obtained":"2022-06-15"}],"held_titles":[],"experience_months":18,"activities":[],"situation":"public-agent","registered_job_seeker":null,"employer":"local-authority","contract":null,"seniority_months":null,"age":41,"rqth":false,"diploma_level":4,"hours_per_week":null,"target":{"kind":"full-title"},"start":"2027-03-01","choices":[{"block":"mn-ccp1","modality":"vae-bloc"}]},"progress":{"version":1,"steps":{"votre-choix/mn-ccp1/vae-bloc":"in-progress"}}},{"id":"plan-2","name":"Mon plan","profile":{"version":1,"held":[],"held_titles":[],"experience_months":null,"activities":[],"situation":"job-seeker","registered_job_seeker":true,"employer":null,"contract":null,"seniority_months":null,"age":24,"rqth":null,"diploma_level":null,"hours_per_week":null,"target":{"kind":"block","block":"mn-ccp1"},"start":null,"choices":[]},"progress":{"version":1,"steps":{}}}]}"#;
        let mut kv = Memory::default();
        kv.set(PLANS_KEY, STORED).unwrap();
        let opened = open(&mut kv, official(), today());
        assert!(opened.notices.is_empty(), "{:?}", opened.notices);
        let [lea, mine] = &opened.book.plans[..] else {
            panic!("{:?}", opened.book)
        };
        assert_eq!((lea.name.as_str(), mine.name.as_str()), ("Léa", "Mon plan"));
        assert_eq!(lea.profile.age, Some(41));
        assert_eq!(
            lea.profile.employer,
            Some(crate::plan::Employer::LocalAuthority)
        );
        assert_eq!(lea.profile.start, Some(Date::parse("2027-03-01").unwrap()));
        assert_eq!(lea.profile.rsa_ass_aah, None);
        assert_eq!(
            lea.progress.status("votre-choix/mn-ccp1/vae-bloc"),
            crate::store::StepStatus::InProgress
        );
        assert_eq!(
            mine.profile.target,
            crate::plan::Target::Block {
                block: "mn-ccp1".into()
            }
        );
        // Saved again, the same plans come back (the form only gains the new answers, unknown).
        save(&mut kv, &opened.book).unwrap();
        assert_eq!(open(&mut kv, official(), today()).book, opened.book);
        assert!(kv.get(PLANS_KEY).unwrap().contains(r#""rsa_ass_aah":null"#));
    }

    #[test]
    fn a_blank_book_leaves_nothing_in_storage() {
        let mut kv = Memory::default();
        save(&mut kv, &Book::default()).unwrap();
        assert!(kv.map.is_empty());
        let mut book = Book::default();
        book.plans[0].profile.age = Some(30);
        save(&mut kv, &book).unwrap();
        assert!(kv.get(PLANS_KEY).is_some());
        save(&mut kv, &Book::default()).unwrap();
        assert!(kv.get(PLANS_KEY).is_none());
    }

    /// Schema 1, as it was stored before several plans existed (kept verbatim).
    const V1_PROFILE: &str = r#"{"version":1,"held":[{"block":"remn-ccp1","obtained":null}],"held_titles":[],"experience_months":18,"activities":[],"situation":"employee","registered_job_seeker":null,"employer":"local-authority","contract":null,"seniority_months":null,"age":41,"rqth":null,"diploma_level":null,"hours_per_week":null,"target":{"kind":"full-title"},"start":null,"choices":[{"block":"mn-ccp1","modality":"vae-bloc"}]}"#;
    const V1_PROGRESS: &str = r#"{"version":1,"steps":{"votre-parcours/mn-ccp1/vae-bloc":"done"}}"#;

    #[test]
    fn schema_1_migrates_to_one_plan_and_the_old_keys_go() {
        let mut kv = Memory::default();
        kv.set(V1_PROFILE_KEY, V1_PROFILE).unwrap();
        kv.set(V1_PROGRESS_KEY, V1_PROGRESS).unwrap();
        let opened = open(&mut kv, official(), today());
        assert!(opened.notices.is_empty(), "{:?}", opened.notices);
        let plan = &opened.book.plans[0];
        assert_eq!(plan.name, default_name());
        assert_eq!(plan.profile.age, Some(41));
        assert_eq!(plan.profile.choices.len(), 1);
        assert_eq!(
            plan.progress.status("votre-parcours/mn-ccp1/vae-bloc"),
            StepStatus::Done
        );
        assert!(kv.get(V1_PROFILE_KEY).is_none() && kv.get(V1_PROGRESS_KEY).is_none());
        // Opening again reads schema 2, the same.
        assert_eq!(open(&mut kv, official(), today()).book, opened.book);
    }

    #[test]
    fn a_damaged_schema_1_value_is_backed_up_and_the_rest_migrates() {
        let mut kv = Memory::default();
        kv.set(V1_PROFILE_KEY, "{\"version\":1,\"held\":[").unwrap();
        kv.set(V1_PROGRESS_KEY, V1_PROGRESS).unwrap();
        let opened = open(&mut kv, official(), today());
        assert_eq!(opened.book.plans[0].progress.steps.len(), 1);
        assert_eq!(
            backups(&kv),
            vec![(
                format!("{BACKUP_PREFIX}1"),
                "{\"version\":1,\"held\":[".into()
            )]
        );
        assert!(opened.notices.iter().any(|n| n.contains("copie")));
    }

    #[test]
    fn schema_1_answers_from_an_earlier_catalog_migrate_without_what_it_lacks() {
        let mut kv = Memory::default();
        let raw = V1_PROFILE.replace(
            r#"{"block":"remn-ccp1","obtained":null}"#,
            r#"{"block":"remn-ccp1","obtained":null},{"block":"remn-ccp9"}"#,
        );
        kv.set(V1_PROFILE_KEY, &raw).unwrap();
        kv.set(V1_PROGRESS_KEY, V1_PROGRESS).unwrap();
        let opened = open(&mut kv, official(), today());
        let plan = &opened.book.plans[0];
        let held: Vec<_> = plan.profile.held.iter().map(|h| h.block.as_str()).collect();
        assert_eq!(held, ["remn-ccp1"]);
        assert_eq!(plan.profile.age, Some(41));
        assert_eq!(plan.progress.steps.len(), 1);
        assert!(
            opened.notices.iter().any(|n| n.contains("« remn-ccp9 »")),
            "{:?}",
            opened.notices
        );
        assert_eq!(backups(&kv)[0].1, raw);
    }

    #[test]
    fn damaged_future_or_foreign_values_are_kept_and_the_app_starts() {
        for raw in [
            "{\"schema\":2,\"plans\":[{\"id\":\"plan-1\",\"na",
            "{\"schema\":9,\"plans\":[]}",
            "<html>",
            "\u{0}\u{1}",
            "{\"schema\":2,\"plans\":[{\"id\":\"plan-1\",\"name\":\"A\",\"profile\":{\"age\":-4}}]}",
        ] {
            let mut kv = Memory::default();
            kv.set(PLANS_KEY, raw).unwrap();
            let opened = open(&mut kv, official(), today());
            assert_eq!(opened.book, Book::default(), "{raw}");
            assert_eq!(opened.notices.len(), 1, "{raw}");
            assert!(opened.notices[0].contains("copie"), "{raw}");
            assert_eq!(kv.get(&format!("{BACKUP_PREFIX}1")).as_deref(), Some(raw));
            // The damaged value was replaced, so the next visit starts without a message.
            assert!(open(&mut kv, official(), today()).notices.is_empty());
        }
    }

    #[test]
    fn one_damaged_plan_does_not_take_the_others_with_it() {
        let mut kv = Memory::default();
        let mut book = Book::default();
        book.plans.push(sample());
        let good = book.encode().unwrap();
        let raw = good.replacen(
            "\"plans\":[",
            "\"plans\":[{\"id\":\"x\",\"name\":\"Abîmé\",\"profile\":{\"age\":-4}},",
            1,
        );
        kv.set(PLANS_KEY, &raw).unwrap();
        let opened = open(&mut kv, official(), today());
        assert_eq!(opened.book, book);
        assert!(opened.notices[0].contains("Abîmé"), "{:?}", opened.notices);
        assert_eq!(backups(&kv)[0].1, raw);
    }

    #[test]
    fn a_plan_saved_with_an_earlier_catalog_stays_with_the_rest_of_its_answers() {
        // As the release before a catalog change saved it: a block and a way of obtaining one
        // that this catalog no longer has. The plan and its progress stay; the value as it was
        // stored goes to a backup, and the person is told what was taken out.
        let mut kv = Memory::default();
        let raw = r#"{"schema":2,"plans":[{"id":"plan-1","name":"Léa","profile":{"version":1,"held":[{"block":"remn-ccp1"},{"block":"remn-ccp9"}],"age":38,"situation":"job-seeker","choices":[{"block":"mn-ccp1","modality":"vae-ancienne"}]},"progress":{"version":1,"steps":{"votre-parcours/remn-ccp2/formation":"done"}}},{"id":"plan-2","name":"Karim","profile":{"version":1,"age":52}}]}"#;
        kv.set(PLANS_KEY, raw).unwrap();
        let opened = open(&mut kv, official(), today());
        let names: Vec<_> = opened.book.plans.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Léa", "Karim"]);
        let lea = &opened.book.plans[0];
        let held: Vec<_> = lea.profile.held.iter().map(|h| h.block.as_str()).collect();
        assert_eq!(held, ["remn-ccp1"]);
        assert!(lea.profile.choices.is_empty());
        assert_eq!(lea.profile.age, Some(38));
        assert_eq!(
            lea.progress.status("votre-parcours/remn-ccp2/formation"),
            StepStatus::Done
        );
        assert_eq!(opened.notices.len(), 1, "{:?}", opened.notices);
        let notice = &opened.notices[0];
        for part in ["« Léa »", "« remn-ccp9 »", "« vae-ancienne »", "copie"] {
            assert!(notice.contains(part), "{notice} should say {part}");
        }
        assert!(!notice.contains("Karim"), "{notice}");
        assert_eq!(
            backups(&kv),
            vec![(format!("{BACKUP_PREFIX}1"), raw.to_string())]
        );
        // Stored fitted: the next visit opens the same plans, without a message.
        let again = open(&mut kv, official(), today());
        assert!(again.notices.is_empty(), "{:?}", again.notices);
        assert_eq!(again.book, opened.book);
    }

    #[test]
    fn when_storage_is_full_the_damaged_value_stays_in_place() {
        let mut kv = Memory::default();
        kv.set(PLANS_KEY, "{").unwrap();
        kv.full = true;
        let opened = open(&mut kv, official(), today());
        assert_eq!(kv.get(PLANS_KEY).as_deref(), Some("{"));
        assert!(opened.notices[0].contains("navigation privée"));
        let mut book = Book::default();
        book.plans[0].profile.age = Some(30);
        assert!(save(&mut kv, &book).unwrap_err().contains("plein"));
    }

    #[test]
    fn backups_do_not_repeat_and_are_capped() {
        let mut kv = Memory::default();
        assert_eq!(backup(&mut kv, "a").unwrap(), format!("{BACKUP_PREFIX}1"));
        assert_eq!(backup(&mut kv, "a").unwrap(), format!("{BACKUP_PREFIX}1"));
        for (i, v) in ["b", "c", "d", "e", "f", "g"].iter().enumerate() {
            let k = backup(&mut kv, v).unwrap();
            assert_eq!(k, format!("{BACKUP_PREFIX}{}", (i + 2).min(MAX_BACKUPS)));
        }
        assert_eq!(backups(&kv).len(), MAX_BACKUPS);
    }

    #[test]
    fn plans_are_added_renamed_and_deleted_with_distinct_names() {
        let mut book = Book::default();
        let a = book.add("Léa", Profile::new(), Progress::default());
        let b = book.add("Léa", Profile::new(), Progress::default());
        assert_eq!(book.get(&b).unwrap().name, "Léa (2)");
        assert_ne!(a, b);
        book.rename(&a, "  Karim\n\tB. ");
        assert_eq!(book.get(&a).unwrap().name, "Karim B.");
        book.rename(&a, "");
        assert_eq!(book.get(&a).unwrap().name, "Plan sans nom");
        // A name cut at the limit right after a space keeps no trailing space.
        let long = format!("{} b", "a".repeat(MAX_NAME_CHARS - 1));
        assert_eq!(clean_name(&long), "a".repeat(MAX_NAME_CHARS - 1));
        assert_eq!(clean_name(&clean_name(&long)), clean_name(&long));
        book.rename(&b, &"x".repeat(300));
        assert_eq!(book.get(&b).unwrap().name.chars().count(), MAX_NAME_CHARS);
        for id in [a, b, "plan-1".to_string()] {
            book.delete(&id);
        }
        assert_eq!(book.plans.len(), 1, "the book always keeps a plan");
        assert_eq!(book.plans[0].name, default_name());
    }

    #[test]
    fn delete_all_removes_every_key_of_parcours_and_only_those() {
        let mut kv = Memory::default();
        for k in [PLANS_KEY, LAST_KEY, "parcours.sauvegarde.1", V1_PROFILE_KEY] {
            kv.set(k, "x").unwrap();
        }
        kv.set("autre-site", "y").unwrap();
        delete_all(&mut kv);
        assert_eq!(kv.keys(), vec!["autre-site".to_string()]);
    }
}
