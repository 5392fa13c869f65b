//! The stored form of answers, progress and plans is the JSON that serde's derives give the
//! types (`serde_json`). Reading what a person's browser or file holds may fail anywhere: the
//! error then names the field it stopped at (`serde_path_to_error`) and says what was expected,
//! in the page's language, never in serde's English.

use crate::{tr, trf};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// The text of a value, compact, as it is stored.
pub fn to_text<T: Serialize>(value: &T) -> String {
    // Serializing the app's own types cannot fail: every map key is a string.
    serde_json::to_string(value).unwrap_or_default()
}

/// The text of a value laid out for a person to read (exported files).
pub fn to_pretty_text<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// Reads `text` as a `T`; `root` names the whole value in a message (« profile »…).
pub fn from_text<T: DeserializeOwned>(text: &str, root: &str) -> Result<T, String> {
    // Every stored value is an object; serde would also read a struct from a list of its fields.
    if !text.trim_start().starts_with(['{', '\u{feff}']) && !text.trim().is_empty() {
        return Err(not_an_object(root));
    }
    let mut reader = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut reader)
        .map_err(|e| explain(&e.path().to_string(), e.inner(), root))?;
    reader
        .end()
        .map_err(|e| explain("", &e, root))
        .map(|()| value)
}

/// Reads an already parsed value as a `T` (one plan among the stored ones, a file's part).
pub fn from_value<T: DeserializeOwned>(value: serde_json::Value, root: &str) -> Result<T, String> {
    if !value.is_object() {
        return Err(not_an_object(root));
    }
    serde_path_to_error::deserialize(value)
        .map_err(|e| explain(&e.path().to_string(), e.inner(), root))
}

fn not_an_object(field: &str) -> String {
    trf!(
        "« {} » : il faut {}",
        "“{}”: {} is expected",
        field,
        tr!("un objet {…}", "an object {…}")
    )
}

/// The field a path ends on: « held[0].obtained » → « obtained », « held[2] » → « held », and
/// the whole value's name for the root (« . » or empty).
fn last_field<'a>(path: &'a str, root: &'a str) -> &'a str {
    let field = path.rsplit('.').next().unwrap_or(path);
    let field = field.split('[').next().unwrap_or(field);
    if field.is_empty() || field == "." {
        root
    } else {
        field
    }
}

/// The name between backquotes in one of serde's messages (« unknown field `agee`… »).
fn quoted(message: &str) -> &str {
    message.split('`').nth(1).unwrap_or("")
}

/// What was expected, in words, from the end of serde's « invalid type: …, expected X ».
fn expected(message: &str) -> &'static str {
    let wanted = message.rsplit("expected ").next().unwrap_or("");
    if wanted.starts_with('i') || wanted.starts_with('u') || wanted.contains("integer") {
        tr!("un nombre entier", "a whole number")
    } else if wanted.contains("boolean") {
        "true / false"
    } else if wanted.contains("sequence") {
        tr!("une liste […]", "a list […]")
    } else if wanted.contains("string") || wanted.contains("variant") {
        tr!("un texte entre guillemets", "a text in quotes")
    } else {
        tr!("un objet {…}", "an object {…}")
    }
}

/// One of serde_json's errors, said in the page's language, naming the field.
fn explain(path: &str, e: &serde_json::Error, root: &str) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => {
            return tr!(
                "le texte s'arrête avant la fin",
                "the text stops before its end"
            )
            .into()
        }
        Category::Syntax | Category::Io => {
            return trf!(
                "texte mal formé (ligne {}, colonne {})",
                "malformed text (line {}, column {})",
                e.line(),
                e.column()
            )
        }
        Category::Data => {}
    }
    // The message alone, without serde_json's « at line … column … ».
    let full = e.to_string();
    let message = full.split(" at line ").next().unwrap_or(&full);
    let field = last_field(path, root);
    if message.starts_with("unknown field") {
        trf!(
            "« {} » n'est pas un champ connu",
            "“{}” is not a known field",
            quoted(message)
        )
    } else if message.starts_with("duplicate field") {
        trf!(
            "« {} » est écrit deux fois",
            "“{}” is written twice",
            quoted(message)
        )
    } else if message.starts_with("missing field") {
        trf!("« {} » manque", "“{}” is missing", quoted(message))
    } else if message.starts_with("unknown variant") {
        // A tagged form names its tag: `{"kind":"bloc"}` is the tag's fault.
        let field = if message.contains("`full-title`") {
            "kind"
        } else {
            field
        };
        trf!(
            "« {} » : « {} » n'est pas une valeur connue",
            "“{}”: “{}” is not a known value",
            field,
            quoted(message)
        )
    } else if message.starts_with("invalid value: integer") {
        trf!(
            "« {} » : le nombre {} est hors des limites",
            "“{}”: the number {} is out of range",
            field,
            quoted(message)
        )
    } else if message.starts_with("invalid type") || message.starts_with("invalid length") {
        trf!(
            "« {} » : il faut {}",
            "“{}”: {} is expected",
            field,
            expected(message)
        )
    } else {
        // A value's own check (a date that does not exist): its message is already in words.
        trf!("« {} » : {}", "“{}”: {}", field, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};
    use crate::plan::Profile;
    use crate::store::Progress;

    fn read(text: &str) -> Result<Profile, String> {
        from_text(text, "profile")
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
            (
                r#"[1,2]"#,
                "« profile » : il faut un objet {…}",
                "“profile”: an object {…} is expected",
            ),
            (
                r#"{"age":3"#,
                "le texte s'arrête avant la fin",
                "the text stops before its end",
            ),
            (
                r#"{"age":3}}"#,
                "texte mal formé (ligne 1, colonne 10)",
                "malformed text (line 1, column 10)",
            ),
        ] {
            let e = read(text).unwrap_err();
            assert!(e.starts_with(fr), "{text}: {e}");
            let e = i18n::in_lang(Lang::En, || read(text).unwrap_err());
            assert!(e.starts_with(en), "{text}: {e}");
        }
    }

    #[test]
    fn a_missing_field_is_unknown_and_progress_passes_over_what_it_does_not_know() {
        assert_eq!(read("{}"), Ok(Profile::default()));
        let p: Progress = from_text(
            r#"{"version":1,"later":true,"steps":{"a/b/c":"done","a/b/c":"skipped"}}"#,
            "progress",
        )
        .unwrap();
        assert_eq!(p.version, 1);
        // A key written twice keeps its last mark.
        assert_eq!(p.status("a/b/c"), crate::store::StepStatus::Skipped);
        let e = from_text::<Progress>(r#"{"steps":{"a":"finished"}}"#, "progress").unwrap_err();
        assert!(e.starts_with("« a » : « finished »"), "{e}");
    }
}
