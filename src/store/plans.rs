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
mod tests {
    use super::*;
    use crate::catalog::official;
    use crate::plan::Profile;
    use crate::plan::{Choice, HeldBlock, Situation};
    use crate::store::Progress;
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
