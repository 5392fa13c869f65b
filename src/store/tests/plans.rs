//! Tests of `store::plans`, compiled only under #[cfg(test)] (the module is declared so in plans.rs).
use super::*;
use crate::catalog::official;
use crate::plan::Profile;
use crate::store::fixtures::{sample, today};
use crate::store::Progress;
use crate::store::StepStatus;

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
        assert_eq!(opened.notices.len(), 2, "{raw}");
        assert_eq!(opened.notices[1], Problem::Kept, "{raw}");
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
    assert!(
        matches!(&opened.notices[0], Problem::InPlan { name, .. } if name == "Abîmé"),
        "{:?}",
        opened.notices
    );
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
    assert_eq!(
        opened.notices,
        [
            Problem::TakenOut {
                plan: "Léa".into(),
                taken_out: vec![
                    TakenOut::Block {
                        block: "remn-ccp9".into()
                    },
                    TakenOut::Choice {
                        block: "mn-ccp1".into(),
                        modality: "vae-ancienne".into()
                    }
                ]
            },
            Problem::Kept
        ]
    );
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
    assert_eq!(
        opened.notices,
        [Problem::PlansUnreadable, Problem::Unavailable]
    );
    let mut book = Book::default();
    book.plans[0].profile.age = Some(30);
    assert_eq!(save(&mut kv, &book), Err(Problem::NotSaved));
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
    assert_eq!(book.get(&a).unwrap().name, UNNAMED);
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
    assert_eq!(book.plans[0].name, DEFAULT_NAME);
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
