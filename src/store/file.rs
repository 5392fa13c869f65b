//! A plan as a file: exported as readable JSON, imported as a new plan (a bare profile too).

use super::book::{clean_name, SavedPlan, IMPORTED, SCHEMA};
use super::problem::Problem;
use super::{checked_profile, checked_progress, codec, decode_profile, Progress};
use crate::catalog::{Catalog, Date};
use crate::plan::{Profile, TakenOut};
use serde::Serialize;
use serde_json::Value;

/// What an exported file says it is.
pub const FILE_FORMAT: &str = "parcours-plan";

/// Files larger than this are not plans (a plan is a few kilobytes).
pub const MAX_FILE_BYTES: usize = 512 * 1024;

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

/// A plan read from a file.
#[derive(Debug)]
pub struct Imported {
    pub name: String,
    pub profile: Profile,
    pub progress: Progress,
    /// What the file held that this catalog no longer does (see `Profile::fit`).
    pub taken_out: Vec<TakenOut>,
}

/// A plan read from a file: its name, answers and progress, fitted to this catalog. Also takes
/// a bare profile (the form `cargo run --example plan` reads, and schema 1's stored value).
pub fn import_file(raw: &str, catalog: &Catalog, today: Date) -> Result<Imported, Problem> {
    if raw.len() > MAX_FILE_BYTES {
        return Err(Problem::FileTooBig);
    }
    // A byte order mark, as some editors write, is not part of the text.
    let raw = raw.trim_start_matches('\u{feff}');
    let mut value: Value = serde_json::from_str(raw).map_err(|_| Problem::FileUnreadable)?;
    if !value.is_object() {
        return Err(Problem::NotAPlan);
    }
    match value.get("format").and_then(Value::as_str) {
        Some(FILE_FORMAT) => {}
        Some(_) => return Err(Problem::NotAPlan),
        None if value.get("version").is_some() => {
            let (profile, taken_out) = decode_profile(raw, catalog, today)?;
            return Ok(Imported {
                name: IMPORTED.into(),
                profile,
                progress: Progress::default(),
                taken_out,
            });
        }
        None => return Err(Problem::NotAPlan),
    }
    match value.get("schema").and_then(Value::as_u64) {
        Some(s) if s > u64::from(SCHEMA) => return Err(Problem::FileNewer),
        Some(2) => {}
        _ => return Err(Problem::NotAPlan),
    }
    let name = value
        .get("name")
        .and_then(Value::as_str)
        .map_or_else(|| IMPORTED.into(), clean_name);
    let mut part = |key: &str| value.get_mut(key).map_or(Value::Null, Value::take);
    let profile = match part("profile") {
        Value::Null => Profile::default(),
        p => codec::from_value(p, "profile").map_err(Problem::AnswersUnreadable)?,
    };
    let (profile, taken_out) = checked_profile(profile, catalog, today)?;
    let progress = match part("progress") {
        Value::Null => Progress::default(),
        p => checked_progress(
            codec::from_value(p, "progress").map_err(Problem::ProgressUnreadable)?,
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
    use crate::store::fixtures::{sample, today};

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
        for (raw, why) in [
            ("", Problem::FileUnreadable),
            ("%PDF-1.7", Problem::FileUnreadable),
            ("[]", Problem::NotAPlan),
            (r#"{"format":"autre","schema":2}"#, Problem::NotAPlan),
            (r#"{"format":"parcours-plan"}"#, Problem::NotAPlan),
            (
                r#"{"format":"parcours-plan","schema":3,"profile":{}}"#,
                Problem::FileNewer,
            ),
        ] {
            assert_eq!(
                import_file(raw, official(), today()).unwrap_err(),
                why,
                "{raw}"
            );
        }
        let seven = r#"{"format":"parcours-plan","schema":2,"profile":{"version":1,"age":7}}"#;
        assert!(matches!(
            import_file(seven, official(), today()),
            Err(Problem::AnswersImpossible(_))
        ));
        let huge = format!("{{\"x\":\"{}\"}}", "a".repeat(MAX_FILE_BYTES));
        assert_eq!(
            import_file(&huge, official(), today()).unwrap_err(),
            Problem::FileTooBig
        );
    }

    #[test]
    fn a_bare_profile_file_is_imported_as_a_plan() {
        let raw = r#"{"version":1,"held":[{"block":"mn-ccp1"}],"age":40}"#;
        let back = import_file(raw, official(), today()).unwrap();
        assert_eq!(back.name, IMPORTED);
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
}
