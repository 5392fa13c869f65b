//! Schema 1 (before several plans): one profile and one progress value, migrated into the plan
//! « Mon plan » of the current schema.

use super::book::{Book, SavedPlan, DEFAULT_NAME};
use super::kv::Kv;
use super::plans::{backup, save};
use super::problem::Problem;
use super::{decode_profile, decode_progress};
use crate::catalog::{Catalog, Date};

/// Schema 1 (before several plans): one profile and one progress value.
pub const V1_PROFILE_KEY: &str = "parcours.profil";

pub const V1_PROGRESS_KEY: &str = "parcours.avancement";

/// Schema 1 kept one profile and one progress value: they become the plan « Mon plan ».
pub(crate) fn migrate_v1(
    kv: &mut impl Kv,
    catalog: &Catalog,
    today: Date,
    notices: &mut Vec<Problem>,
) -> Book {
    let profile_raw = kv.get(V1_PROFILE_KEY);
    let progress_raw = kv.get(V1_PROGRESS_KEY);
    if profile_raw.is_none() && progress_raw.is_none() {
        return Book::default();
    }
    let mut plan = SavedPlan::new("plan-1".into(), DEFAULT_NAME.into());
    let mut damaged = Vec::new();
    if let Some(raw) = &profile_raw {
        match decode_profile(raw, catalog, today) {
            Ok((p, taken_out)) => {
                plan.profile = p;
                if !taken_out.is_empty() {
                    // The answers as stored go to a backup, like damaged ones.
                    damaged.push((
                        raw.clone(),
                        Problem::TakenOut {
                            plan: plan.name.clone(),
                            taken_out,
                        },
                    ));
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
        notices.push(if kept {
            Problem::Kept
        } else {
            Problem::Unavailable
        });
    }
    let book = Book { plans: vec![plan] };
    // The old keys go only once the new value is written (and the damaged ones are kept).
    if kept && save(kv, &book).is_ok() {
        kv.remove(V1_PROFILE_KEY);
        kv.remove(V1_PROGRESS_KEY);
    }
    book
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::official;
    use crate::store::fixtures::today;
    use crate::store::plans::{backups, open, BACKUP_PREFIX};
    use crate::store::Memory;
    use crate::store::StepStatus;

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
        assert_eq!(plan.name, DEFAULT_NAME);
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
        assert_eq!(
            opened.notices,
            [
                Problem::AnswersUnreadable(crate::store::Unreadable::StopsEarly),
                Problem::Kept
            ]
        );
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
        assert_eq!(
            opened.notices,
            [
                Problem::TakenOut {
                    plan: DEFAULT_NAME.into(),
                    taken_out: vec![crate::plan::TakenOut::Block {
                        block: "remn-ccp9".into()
                    }]
                },
                Problem::Kept
            ]
        );
        assert_eq!(backups(&kv)[0].1, raw);
    }
}
