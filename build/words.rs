//! The interface's English, read from the source at build time: every `tr!("…", "…")`,
//! `trf!("…", "…", …)`, `pair!("…", "…")` and `words!("…", "…")` gives a French text and its
//! English. The wasm
//! keeps only the French; the English goes into a file the page fetches when a person asks for
//! it (English on demand).

/// The macros whose first two arguments are a French text and its English.
const MACROS: [&str; 4] = ["tr!(", "trf!(", "pair!(", "words!("];

/// The (French, English) pairs of one source file, in order, or what is wrong with a call
/// (`file:line: problem`). A call whose arguments are not two string literals is refused: its
/// English could not be found here, and the page would silently stay in French.
pub fn extract(file: &str, source: &str) -> Result<Vec<(String, String)>, Vec<String>> {
    let mut pairs = Vec::new();
    let mut problems = Vec::new();
    let mut at = 0;
    while let Some((start, name)) = next_call(source, at) {
        let line = source[..start].matches('\n').count() + 1;
        at = start + name.len();
        // A macro's own definition (`tr!($fr, $en)`) or its documentation is not a call.
        let rest = source[at..].trim_start();
        if rest.starts_with('$') || in_comment(source, start) {
            continue;
        }
        match two_literals(&source[at..]) {
            Some((fr, en, used)) => {
                at += used;
                // `trf!`'s figures are put in at run time, by place: `{}` or `{0}`, `{1}`…
                if name == "trf!(" && (figures(&fr).is_none() || figures(&fr) != figures(&en)) {
                    problems.push(format!(
                        "{file}:{line}: trf!(« {fr} », « {en} ») : les deux textes doivent avoir \
                         les mêmes emplacements, {{}} ou {{0}}, {{1}}… (sans format)"
                    ));
                }
                pairs.push((fr, en));
            }
            None => problems.push(format!(
                "{file}:{line}: {name}…) doit recevoir deux textes entre guillemets (le français, puis l'anglais)"
            )),
        }
    }
    if problems.is_empty() {
        Ok(pairs)
    } else {
        Err(problems)
    }
}

/// Which figures a `trf!` text takes, as their sorted places (`{}` counts in order, `{1}`
/// names one); `None` for a placeholder with a format (`{:02}`) or a name, which `fill` does
/// not know.
fn figures(text: &str) -> Option<Vec<usize>> {
    let mut places = Vec::new();
    let mut next = 0;
    let mut rest = text;
    while let Some(i) = rest.find(['{', '}']) {
        rest = &rest[i..];
        if rest.starts_with("{{") || rest.starts_with("}}") {
            rest = &rest[2..];
            continue;
        }
        let close = rest.find('}')?;
        if !rest.starts_with('{') {
            return None;
        }
        places.push(match &rest[1..close] {
            "" => {
                next += 1;
                next - 1
            }
            n => n.parse().ok()?,
        });
        rest = &rest[close + 1..];
    }
    places.sort_unstable();
    places.dedup();
    Some(places)
}

/// The next call of one of [`MACROS`] at or after `from`, not part of a longer name.
fn next_call(source: &str, from: usize) -> Option<(usize, &'static str)> {
    MACROS
        .iter()
        .filter_map(|m| {
            let mut i = from;
            while let Some(p) = source[i..].find(m) {
                let start = i + p;
                let before = source[..start].chars().next_back();
                if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    return Some((start, *m));
                }
                i = start + m.len();
            }
            None
        })
        .min_by_key(|(start, _)| *start)
}

/// Whether `at` is on a comment line (`//`, documentation included). Only whole comment lines
/// count: a `//` earlier on the line may be inside a string (`"https://…"`).
fn in_comment(source: &str, at: usize) -> bool {
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    source[line_start..at].trim_start().starts_with("//")
}

/// Two string literals separated by a comma at the start of `s` (after spaces): their values
/// and how many bytes they took.
fn two_literals(s: &str) -> Option<(String, String, usize)> {
    let (fr, a) = literal(s)?;
    let rest = &s[a..];
    let trimmed = rest.trim_start();
    let comma = trimmed.strip_prefix(',')?;
    let b = a + (rest.len() - comma.len());
    let (en, c) = literal(comma)?;
    Some((fr, en, b + c))
}

/// One `"…"` string literal after optional spaces: its value and the bytes it took.
fn literal(s: &str) -> Option<(String, usize)> {
    let trimmed = s.trim_start();
    let skipped = s.len() - trimmed.len();
    let mut chars = trimmed.char_indices();
    if chars.next()?.1 != '"' {
        return None;
    }
    let mut value = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((value, skipped + i + 1)),
            '\\' => match chars.next()?.1 {
                'n' => value.push('\n'),
                't' => value.push('\t'),
                'r' => value.push('\r'),
                '0' => value.push('\0'),
                '\\' => value.push('\\'),
                '"' => value.push('"'),
                '\'' => value.push('\''),
                'u' => {
                    if chars.next()?.1 != '{' {
                        return None;
                    }
                    let mut hex = String::new();
                    loop {
                        match chars.next()?.1 {
                            '}' => break,
                            h => hex.push(h),
                        }
                    }
                    value.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                // A line continuation: the newline and the next line's leading spaces go.
                '\n' => {
                    let rest = &trimmed[i + 2..];
                    let spaces = rest.len() - rest.trim_start().len();
                    for _ in 0..rest[..spaces].chars().count() {
                        chars.next();
                    }
                }
                _ => return None,
            },
            c => value.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_kind_of_call() {
        let src = r#"
            let a = tr!("Bonjour", "Hello");
            let b = trf!(
                "{} mois",
                "{} months",
                n
            );
            const C: W = pair!("À faire", "To do");
            view! { <p>{tr!("« \"guillemets\" »\u{a0}:", "“quotes”:")}</p> }
        "#;
        assert_eq!(
            extract("x.rs", src).unwrap(),
            [
                ("Bonjour".to_string(), "Hello".to_string()),
                ("{} mois".into(), "{} months".into()),
                ("À faire".into(), "To do".into()),
                ("« \"guillemets\" »\u{a0}:".into(), "“quotes”:".into()),
            ]
        );
    }

    #[test]
    fn skips_definitions_comments_and_longer_names() {
        let src = "macro_rules! tr { ($fr:expr, $en:expr) => { t($fr, $en) } }\n\
                   /// `tr!(\"Bonjour\", \"Hello\")`: a fixed text\n\
                   let x = mytr!(a, b);";
        assert_eq!(extract("x.rs", src).unwrap(), []);
    }

    #[test]
    fn reads_a_call_after_an_address_on_the_same_line() {
        let src = r#"<a href="https://example.org/">{tr!("Où", "Where")}</a>"#;
        assert_eq!(
            extract("x.rs", src).unwrap(),
            [("Où".to_string(), "Where".to_string())]
        );
    }

    #[test]
    fn refuses_a_call_whose_words_are_not_literals() {
        let problems = extract("src/x.rs", "\nlet n = tr!(NAMES[0], NAMES[1]);").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].starts_with("src/x.rs:2: tr!("),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn refuses_figures_that_do_not_match_or_have_a_format() {
        let ok =
            "trf!(\"{0} et {1}, {0}\", \"{1} and {0}\", a, b); trf!(\"{{x}} {}\", \"{{x}} {}\", a)";
        assert_eq!(extract("x.rs", ok).unwrap().len(), 2);
        for bad in [
            "trf!(\"{} et {}\", \"{}\", a, b)",
            "trf!(\"{:02}\", \"{:02}\", a)",
            "trf!(\"{n}\", \"{n}\")",
            "trf!(\"{\", \"{\")",
        ] {
            assert!(extract("x.rs", bad).is_err(), "{bad}");
        }
        // Only trf! texts are filled: tr!'s braces are text.
        assert!(extract("x.rs", "tr!(\"{}\", \"\")").is_ok());
    }

    #[test]
    fn follows_line_continuations() {
        let src = "tr!(\"un \\\n      deux\", \"one \\\n   two\")";
        assert_eq!(
            extract("x.rs", src).unwrap(),
            [("un deux".to_string(), "one two".to_string())]
        );
    }
}
