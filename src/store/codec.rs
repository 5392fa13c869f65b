//! The stored form of answers, progress and plans is the JSON that serde's derives give the
//! types (`serde_json`). Reading what a person's browser or file holds may fail anywhere: the
//! error then names the field it stopped at (`serde_path_to_error`) and what was expected, as an
//! [`Unreadable`] the page words in its language, never in serde's English.

use super::problem::{Kind, Unreadable};
use crate::catalog::NotADate;
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

/// Reads `text` as a `T`; `root` names the whole value in a problem (« profile »…).
pub fn from_text<T: DeserializeOwned>(text: &str, root: &str) -> Result<T, Unreadable> {
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
///
/// Through its text, as [`from_text`] reads it: each type then has one reading compiled into
/// the wasm, not two (serde's derives are compiled anew for every deserializer they read
/// from; reading the `Value` directly cost 10.7 KB brotli, measured). Writing a plan's few
/// kilobytes once more takes microseconds.
pub fn from_value<T: DeserializeOwned>(
    value: serde_json::Value,
    root: &str,
) -> Result<T, Unreadable> {
    if !value.is_object() {
        return Err(not_an_object(root));
    }
    from_text(&value.to_string(), root)
}

fn not_an_object(field: &str) -> Unreadable {
    Unreadable::Expected {
        field: field.to_string(),
        kind: Kind::Object,
    }
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
fn quoted(message: &str) -> String {
    message.split('`').nth(1).unwrap_or("").to_string()
}

/// What was expected, from the end of serde's « invalid type: …, expected X ».
fn expected(message: &str) -> Kind {
    let wanted = message.rsplit("expected ").next().unwrap_or("");
    if wanted.starts_with('i') || wanted.starts_with('u') || wanted.contains("integer") {
        Kind::WholeNumber
    } else if wanted.contains("boolean") {
        Kind::TrueFalse
    } else if wanted.contains("sequence") {
        Kind::List
    } else if wanted.contains("string") || wanted.contains("variant") {
        Kind::Text
    } else {
        Kind::Object
    }
}

/// One of serde_json's errors, as what went wrong and in which field.
fn explain(path: &str, e: &serde_json::Error, root: &str) -> Unreadable {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => return Unreadable::StopsEarly,
        Category::Syntax | Category::Io => {
            return Unreadable::Malformed {
                line: e.line(),
                column: e.column(),
            }
        }
        Category::Data => {}
    }
    // The message alone, without serde_json's « at line … column … ».
    let full = e.to_string();
    let message = full.split(" at line ").next().unwrap_or(&full);
    let field = last_field(path, root).to_string();
    if message.starts_with("unknown field") {
        Unreadable::UnknownField(quoted(message))
    } else if message.starts_with("duplicate field") {
        Unreadable::Twice(quoted(message))
    } else if message.starts_with("missing field") {
        Unreadable::Missing(quoted(message))
    } else if message.starts_with("unknown variant") {
        // A tagged form names its tag: `{"kind":"bloc"}` is the tag's fault.
        let field = if message.contains("`full-title`") {
            "kind".to_string()
        } else {
            field
        };
        Unreadable::UnknownValue {
            field,
            value: quoted(message),
        }
    } else if message.starts_with("invalid value: integer") {
        Unreadable::OutOfRange {
            field,
            number: quoted(message),
        }
    } else if message.starts_with("invalid type") || message.starts_with("invalid length") {
        Unreadable::Expected {
            field,
            kind: expected(message),
        }
    } else if let Some(text) = message.strip_prefix(NotADate::SAYS) {
        Unreadable::NotADate {
            field,
            text: text.to_string(),
        }
    } else {
        // Another check of the value's own: its message as it gave it.
        Unreadable::Other {
            field,
            message: message.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Profile;
    use crate::store::Progress;

    fn read(text: &str) -> Result<Profile, Unreadable> {
        from_text(text, "profile")
    }

    #[test]
    fn what_cannot_be_read_names_the_field_and_what_went_wrong() {
        let expected = |field: &str, kind| Unreadable::Expected {
            field: field.into(),
            kind,
        };
        let unknown = |field: &str, value: &str| Unreadable::UnknownValue {
            field: field.into(),
            value: value.into(),
        };
        for (text, problem) in [
            (r#"{"age":"trente"}"#, expected("age", Kind::WholeNumber)),
            (r#"{"age":1.5}"#, expected("age", Kind::WholeNumber)),
            (
                r#"{"version":-1}"#,
                Unreadable::OutOfRange {
                    field: "version".into(),
                    number: "-1".into(),
                },
            ),
            (
                r#"{"situation":"chomeur"}"#,
                unknown("situation", "chomeur"),
            ),
            (r#"{"agee":30}"#, Unreadable::UnknownField("agee".into())),
            (r#"{"age":30,"age":31}"#, Unreadable::Twice("age".into())),
            (
                r#"{"held":[{"obtained":null}]}"#,
                Unreadable::Missing("block".into()),
            ),
            (
                r#"{"start":"2025-02-30"}"#,
                Unreadable::NotADate {
                    field: "start".into(),
                    text: "2025-02-30".into(),
                },
            ),
            (r#"{"target":{"kind":"bloc"}}"#, unknown("kind", "bloc")),
            (r#"{"rqth":"oui"}"#, expected("rqth", Kind::TrueFalse)),
            (r#"{"held":{}}"#, expected("held", Kind::List)),
            (r#"[1,2]"#, expected("profile", Kind::Object)),
            (r#"{"age":3"#, Unreadable::StopsEarly),
            (
                r#"{"age":3}}"#,
                Unreadable::Malformed {
                    line: 1,
                    column: 10,
                },
            ),
        ] {
            assert_eq!(read(text), Err(problem), "{text}");
        }
    }

    #[test]
    fn a_parsed_value_is_read_as_its_text_is() {
        for text in [
            r#"{"age":"trente"}"#,
            r#"{"situation":"chomeur"}"#,
            r#"{"agee":30}"#,
            r#"{"held":[{"obtained":null}]}"#,
            r#"{"start":"2025-02-30"}"#,
            r#"{"target":{"kind":"bloc"}}"#,
            r#"{"age":30,"rqth":true,"held":[{"block":"remn-ccp1"}]}"#,
        ] {
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            assert_eq!(
                from_value::<Profile>(value, "profile"),
                read(text),
                "{text}"
            );
        }
        let list = serde_json::json!([1, 2]);
        assert_eq!(
            from_value::<Profile>(list, "plan"),
            Err(Unreadable::Expected {
                field: "plan".into(),
                kind: Kind::Object
            })
        );
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
        assert_eq!(
            e,
            Unreadable::UnknownValue {
                field: "a".into(),
                value: "finished".into()
            }
        );
    }
}
