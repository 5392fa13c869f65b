//! The stored form of the answers, the progress and the plans, read from and written to
//! [`json::Value`]. It is the form serde's derives give them (the same field names, order and
//! defaults), written out by hand so that the wasm carries no serde code (docs/decisions.md):
//! tests/properties.rs checks both ways against serde_json on arbitrary profiles.
//!
//! Reading refuses what serde refused (an unknown field where the form denies them, a value
//! of the wrong kind) and says so in the page's language, naming the field.

use super::json::Value;
use super::{from_word, Progress, SavedPlan, StepStatus};
use crate::catalog::Date;
use crate::plan::{
    Activity, Choice, Contract, Employer, HeldBlock, HeldTitle, Profile, Situation, Target,
};
use crate::{tr, trf};

const ACTIVITIES: &[(Activity, &str)] = &[
    (Activity::Welcoming, "welcoming"),
    (Activity::Workshops, "workshops"),
    (Activity::ManagingSpace, "managing-space"),
    (Activity::Other, "other"),
];
const SITUATIONS: &[(Situation, &str)] = &[
    (Situation::JobSeeker, "job-seeker"),
    (Situation::Employee, "employee"),
    (Situation::PublicAgent, "public-agent"),
    (Situation::SelfEmployed, "self-employed"),
    (Situation::ConseillerNumerique, "conseiller-numerique"),
    (Situation::Student, "student"),
    (Situation::NoActivity, "no-activity"),
];
const EMPLOYERS: &[(Employer, &str)] = &[
    (Employer::PrivateCompany, "private-company"),
    (Employer::Association, "association"),
    (Employer::LocalAuthority, "local-authority"),
    (Employer::State, "state"),
    (Employer::Hospital, "hospital"),
];
const CONTRACTS: &[(Contract, &str)] = &[
    (Contract::Cdi, "cdi"),
    (Contract::Cdd, "cdd"),
    (Contract::Other, "other"),
];
const STATUSES: &[(StepStatus, &str)] = &[
    (StepStatus::Todo, "todo"),
    (StepStatus::InProgress, "in-progress"),
    (StepStatus::Done, "done"),
    (StepStatus::Skipped, "skipped"),
];

// Writing.

fn obj(members: Vec<(&str, Value)>) -> Value {
    Value::Obj(members.into_iter().map(|(k, v)| (k.into(), v)).collect())
}
fn text(s: &str) -> Value {
    Value::Str(s.into())
}
fn int(n: impl Into<i64>) -> Value {
    Value::Int(n.into())
}
fn opt<T>(x: Option<T>, f: impl FnOnce(T) -> Value) -> Value {
    x.map_or(Value::Null, f)
}
fn list<T>(items: &[T], f: impl Fn(&T) -> Value) -> Value {
    Value::Arr(items.iter().map(f).collect())
}
fn word<T: Copy + PartialEq>(table: &[(T, &'static str)], v: T) -> Value {
    text(super::word(table, v))
}
fn date(d: Date) -> Value {
    Value::Str(d.to_string())
}

pub fn profile_value(p: &Profile) -> Value {
    obj(vec![
        ("version", int(p.version)),
        (
            "held",
            list(&p.held, |h| {
                obj(vec![
                    ("block", text(&h.block)),
                    ("obtained", opt(h.obtained, date)),
                ])
            }),
        ),
        (
            "held_titles",
            list(&p.held_titles, |t| {
                obj(vec![
                    ("title", text(&t.title)),
                    ("obtained", opt(t.obtained, date)),
                ])
            }),
        ),
        ("experience_months", opt(p.experience_months, int)),
        ("activities", list(&p.activities, |a| word(ACTIVITIES, *a))),
        ("situation", opt(p.situation, |s| word(SITUATIONS, s))),
        (
            "registered_job_seeker",
            opt(p.registered_job_seeker, Value::Bool),
        ),
        ("employer", opt(p.employer, |e| word(EMPLOYERS, e))),
        ("contract", opt(p.contract, |c| word(CONTRACTS, c))),
        ("seniority_months", opt(p.seniority_months, int)),
        ("age", opt(p.age, int)),
        ("rqth", opt(p.rqth, Value::Bool)),
        ("rsa_ass_aah", opt(p.rsa_ass_aah, Value::Bool)),
        (
            "recent_apprenticeship",
            opt(p.recent_apprenticeship, Value::Bool),
        ),
        ("diploma_level", opt(p.diploma_level, int)),
        ("hours_per_week", opt(p.hours_per_week, int)),
        (
            "target",
            match &p.target {
                Target::FullTitle => obj(vec![("kind", text("full-title"))]),
                Target::Block { block } => {
                    obj(vec![("kind", text("block")), ("block", text(block))])
                }
            },
        ),
        ("start", opt(p.start, date)),
        (
            "choices",
            list(&p.choices, |c| {
                obj(vec![
                    ("block", text(&c.block)),
                    ("modality", text(&c.modality)),
                ])
            }),
        ),
    ])
}

pub fn progress_value(p: &Progress) -> Value {
    obj(vec![
        ("version", int(p.version)),
        (
            "steps",
            Value::Obj(
                p.steps
                    .iter()
                    .map(|(k, s)| (k.clone(), word(STATUSES, *s)))
                    .collect(),
            ),
        ),
    ])
}

pub fn plan_value(p: &SavedPlan) -> Value {
    obj(vec![
        ("id", text(&p.id)),
        ("name", text(&p.name)),
        ("profile", profile_value(&p.profile)),
        ("progress", progress_value(&p.progress)),
    ])
}

// Reading: each reader names the field it reads in its message.

fn wrong(field: &str, expected: &str) -> String {
    trf!(
        "« {} » : il faut {}",
        "“{}”: {} is expected",
        field,
        expected
    )
}

/// An object's members, each key once, as (key, value).
fn members(v: Value, field: &str) -> Result<Vec<(String, Value)>, String> {
    let Value::Obj(members) = v else {
        return Err(wrong(field, tr!("un objet {…}", "an object {…}")));
    };
    for (i, (k, _)) in members.iter().enumerate() {
        if members[..i].iter().any(|(x, _)| x == k) {
            return Err(twice(k));
        }
    }
    Ok(members)
}

fn twice(field: &str) -> String {
    trf!("« {} » est écrit deux fois", "“{}” is written twice", field)
}

fn unknown(field: &str) -> String {
    trf!(
        "« {} » n'est pas un champ connu",
        "“{}” is not a known field",
        field
    )
}

fn missing(field: &str) -> String {
    trf!("« {} » manque", "“{}” is missing", field)
}

fn read_int<T: TryFrom<i64>>(v: Value, field: &str) -> Result<T, String> {
    match v {
        Value::Int(n) => T::try_from(n).map_err(|_| {
            trf!(
                "« {} » : le nombre {} est hors des limites",
                "“{}”: the number {} is out of range",
                field,
                n
            )
        }),
        _ => Err(wrong(field, tr!("un nombre entier", "a whole number"))),
    }
}

fn read_text(v: Value, field: &str) -> Result<String, String> {
    match v {
        Value::Str(s) => Ok(s),
        _ => Err(wrong(
            field,
            tr!("un texte entre guillemets", "a text in quotes"),
        )),
    }
}

fn read_bool(v: Value, field: &str) -> Result<bool, String> {
    match v {
        Value::Bool(b) => Ok(b),
        _ => Err(wrong(field, "true / false")),
    }
}

fn read_word<T: Copy>(table: &[(T, &'static str)], v: Value, field: &str) -> Result<T, String> {
    let w = read_text(v, field)?;
    from_word(table, &w).ok_or_else(|| {
        trf!(
            "« {} » : « {} » n'est pas une valeur connue",
            "“{}”: “{}” is not a known value",
            field,
            w
        )
    })
}

fn read_date(v: Value, field: &str) -> Result<Date, String> {
    Date::parse(&read_text(v, field)?).map_err(|e| trf!("« {} » : {}", "“{}”: {}", field, e))
}

/// `null` is nothing; anything else must be what `f` reads.
fn read_opt<T>(
    v: Value,
    field: &str,
    f: impl FnOnce(Value, &str) -> Result<T, String>,
) -> Result<Option<T>, String> {
    match v {
        Value::Null => Ok(None),
        v => f(v, field).map(Some),
    }
}

fn read_list<T>(
    v: Value,
    field: &str,
    f: impl Fn(Value, &str) -> Result<T, String>,
) -> Result<Vec<T>, String> {
    let Value::Arr(items) = v else {
        return Err(wrong(field, tr!("une liste […]", "a list […]")));
    };
    items.into_iter().map(|x| f(x, field)).collect()
}

/// A held block or title: its id under `id_field`, and when it was obtained (or `null`).
fn read_held(v: Value, field: &str, id_field: &str) -> Result<(String, Option<Date>), String> {
    let (mut id, mut obtained) = (None, None);
    for (k, v) in members(v, field)? {
        match k.as_str() {
            "obtained" => obtained = read_opt(v, "obtained", read_date)?,
            k if k == id_field => id = Some(read_text(v, k)?),
            _ => return Err(unknown(&k)),
        }
    }
    Ok((id.ok_or_else(|| missing(id_field))?, obtained))
}

fn read_choice(v: Value, field: &str) -> Result<Choice, String> {
    let (mut block, mut modality) = (None, None);
    for (k, v) in members(v, field)? {
        match k.as_str() {
            "block" => block = Some(read_text(v, "block")?),
            "modality" => modality = Some(read_text(v, "modality")?),
            _ => return Err(unknown(&k)),
        }
    }
    Ok(Choice {
        block: block.ok_or_else(|| missing("block"))?,
        modality: modality.ok_or_else(|| missing("modality"))?,
    })
}

/// `{"kind":"full-title"}` or `{"kind":"block","block":"…"}`. As with serde's tagged form, the
/// whole title takes no other field and ignores any it is given.
fn read_target(v: Value, field: &str) -> Result<Target, String> {
    let Value::Obj(given) = v else {
        return Err(wrong(field, tr!("un objet {…}", "an object {…}")));
    };
    let mut kinds = given.iter().filter(|(k, _)| k == "kind");
    let kind = match (kinds.next(), kinds.next()) {
        (Some((_, k)), None) => read_text(k.clone(), "kind")?,
        (Some(_), Some(_)) => return Err(twice("kind")),
        (None, _) => return Err(missing("kind")),
    };
    match kind.as_str() {
        "full-title" => Ok(Target::FullTitle),
        "block" => {
            let mut block = None;
            for (k, v) in members(Value::Obj(given), field)? {
                match k.as_str() {
                    "kind" => {}
                    "block" => block = Some(read_text(v, "block")?),
                    _ => return Err(unknown(&k)),
                }
            }
            Ok(Target::Block {
                block: block.ok_or_else(|| missing("block"))?,
            })
        }
        other => Err(trf!(
            "« kind » : « {} » n'est pas une valeur connue",
            "“kind”: “{}” is not a known value",
            other
        )),
    }
}

/// The answers: every field may be missing (it is then unknown), none may be unknown.
pub fn read_profile(v: Value) -> Result<Profile, String> {
    let mut p = Profile::default();
    for (k, v) in members(v, "profile")? {
        let f = k.as_str();
        match f {
            "version" => p.version = read_int(v, f)?,
            "held" => {
                p.held = read_list(v, f, |x, f| {
                    read_held(x, f, "block").map(|(block, obtained)| HeldBlock { block, obtained })
                })?
            }
            "held_titles" => {
                p.held_titles = read_list(v, f, |x, f| {
                    read_held(x, f, "title").map(|(title, obtained)| HeldTitle { title, obtained })
                })?
            }
            "experience_months" => p.experience_months = read_opt(v, f, read_int)?,
            "activities" => p.activities = read_list(v, f, |x, f| read_word(ACTIVITIES, x, f))?,
            "situation" => p.situation = read_opt(v, f, |x, f| read_word(SITUATIONS, x, f))?,
            "registered_job_seeker" => p.registered_job_seeker = read_opt(v, f, read_bool)?,
            "employer" => p.employer = read_opt(v, f, |x, f| read_word(EMPLOYERS, x, f))?,
            "contract" => p.contract = read_opt(v, f, |x, f| read_word(CONTRACTS, x, f))?,
            "seniority_months" => p.seniority_months = read_opt(v, f, read_int)?,
            "age" => p.age = read_opt(v, f, read_int)?,
            "rqth" => p.rqth = read_opt(v, f, read_bool)?,
            "rsa_ass_aah" => p.rsa_ass_aah = read_opt(v, f, read_bool)?,
            "recent_apprenticeship" => p.recent_apprenticeship = read_opt(v, f, read_bool)?,
            "diploma_level" => p.diploma_level = read_opt(v, f, read_int)?,
            "hours_per_week" => p.hours_per_week = read_opt(v, f, read_int)?,
            "target" => p.target = read_target(v, f)?,
            "start" => p.start = read_opt(v, f, read_date)?,
            "choices" => p.choices = read_list(v, f, read_choice)?,
            _ => return Err(unknown(f)),
        }
    }
    Ok(p)
}

/// The progress: fields it does not know are passed over (as serde's form did).
pub fn read_progress(v: Value) -> Result<Progress, String> {
    let mut p = Progress::default();
    for (k, v) in members(v, "progress")? {
        match k.as_str() {
            "version" => p.version = read_int(v, "version")?,
            "steps" => {
                // A key written twice keeps its last mark.
                let Value::Obj(steps) = v else {
                    return Err(wrong("steps", tr!("un objet {…}", "an object {…}")));
                };
                for (key, status) in steps {
                    let status = read_word(STATUSES, status, &key)?;
                    p.steps.insert(key, status);
                }
            }
            _ => {}
        }
    }
    Ok(p)
}

/// A stored plan: `id` and `name` are needed, `profile` and `progress` may be missing, nothing
/// else may be there.
pub fn read_plan(v: Value) -> Result<SavedPlan, String> {
    let (mut id, mut name) = (None, None);
    let (mut profile, mut progress) = (Profile::default(), Progress::default());
    for (k, v) in members(v, "plan")? {
        match k.as_str() {
            "id" => id = Some(read_text(v, "id")?),
            "name" => name = Some(read_text(v, "name")?),
            "profile" => profile = read_profile(v)?,
            "progress" => progress = read_progress(v)?,
            _ => return Err(unknown(&k)),
        }
    }
    Ok(SavedPlan {
        id: id.ok_or_else(|| missing("id"))?,
        name: name.ok_or_else(|| missing("name"))?,
        profile,
        progress,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};
    use crate::store::json::parse;

    fn read(text: &str) -> Result<Profile, String> {
        parse(text).and_then(read_profile)
    }

    #[test]
    fn what_cannot_be_read_is_said_naming_the_field_in_the_page_language() {
        for (text, fr, en) in [
            (
                r#"{"age":"trente"}"#,
                "« age » : il faut un nombre entier",
                "“age”: a whole number is expected",
            ),
            (
                r#"{"age":1.5}"#,
                "« age » : il faut un nombre entier",
                "“age”: a whole number is expected",
            ),
            (
                r#"{"version":-1}"#,
                "« version » : le nombre -1 est hors des limites",
                "“version”: the number -1 is out of range",
            ),
            (
                r#"{"situation":"chomeur"}"#,
                "« situation » : « chomeur » n'est pas une valeur connue",
                "“situation”: “chomeur” is not a known value",
            ),
            (
                r#"{"agee":30}"#,
                "« agee » n'est pas un champ connu",
                "“agee” is not a known field",
            ),
            (
                r#"{"age":30,"age":31}"#,
                "« age » est écrit deux fois",
                "“age” is written twice",
            ),
            (
                r#"{"held":[{"obtained":null}]}"#,
                "« block » manque",
                "“block” is missing",
            ),
            (r#"{"start":"2025-02-30"}"#, "« start » : ", "“start”: "),
            (
                r#"{"target":{"kind":"bloc"}}"#,
                "« kind » : « bloc » n'est pas une valeur connue",
                "“kind”: “bloc” is not a known value",
            ),
            (
                r#"{"rqth":"oui"}"#,
                "« rqth » : il faut true / false",
                "“rqth”: true / false is expected",
            ),
            (
                r#"{"held":{}}"#,
                "« held » : il faut une liste […]",
                "“held”: a list […] is expected",
            ),
        ] {
            i18n::set_lang(Lang::Fr);
            let e = read(text).unwrap_err();
            assert!(e.starts_with(fr), "{text}: {e}");
            i18n::set_lang(Lang::En);
            let e = read(text).unwrap_err();
            assert!(e.starts_with(en), "{text}: {e}");
        }
        i18n::set_lang(Lang::Fr);
    }

    #[test]
    fn a_missing_field_is_unknown_and_progress_passes_over_what_it_does_not_know() {
        assert_eq!(read("{}"), Ok(Profile::default()));
        let p = parse(r#"{"version":1,"later":true,"steps":{"a/b/c":"done","a/b/c":"skipped"}}"#)
            .and_then(read_progress)
            .unwrap();
        assert_eq!(p.version, 1);
        // A key written twice keeps its last mark.
        assert_eq!(p.status("a/b/c"), StepStatus::Skipped);
        let e = parse(r#"{"steps":{"a":"finished"}}"#)
            .and_then(read_progress)
            .unwrap_err();
        assert!(e.starts_with("« a » : « finished »"), "{e}");
    }
}
