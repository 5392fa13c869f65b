//! The shape of the code the house keeps (docs/architecture.md): one-way flow, no global
//! language, no hand-drawn list keys, no long files. Read from the sources, so that a change
//! that breaks the shape fails here, not in a reviewer's eye.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// Every source file under `dir` (from the crate's root), with its code lines: comment lines
/// left out, since they may name what they must not use.
fn code_of(dir: &str) -> Vec<(String, Vec<String>)> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut files);
    files
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            let code = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .map(str::to_string)
                .collect();
            (p.display().to_string(), code)
        })
        .collect()
}

#[test]
fn the_store_says_nothing_in_words_it_returns_values_the_page_words() {
    for (file, code) in code_of("src/store") {
        for line in code {
            assert!(
                !line.contains("crate::i18n") && !line.contains("tr!(") && !line.contains("trf!("),
                "{file}: the store words something: {line}"
            );
        }
    }
}

#[test]
fn the_language_is_handed_down_not_kept_in_a_global() {
    for (file, code) in code_of("src") {
        let code = code.join("\n");
        for held in [
            "Cell<Lang>",
            "Cell<i18n::Lang>",
            "Mutex<Lang>",
            "static mut",
        ] {
            assert!(!code.contains(held), "{file}: a global language ({held})");
        }
        if file.contains("/i18n/") || file.contains("/ui/") {
            assert!(!code.contains("thread_local!"), "{file}: a thread-local");
        }
        assert!(
            !code.contains("untrack(page)"),
            "{file}: the page rebuilt as a whole"
        );
    }
}

#[test]
fn components_take_named_props_and_lists_are_keyed_by_identity() {
    for (file, code) in code_of("src") {
        for line in code {
            assert!(
                !line.contains("focus_later(\"") && !line.contains("focus_later(format!"),
                "{file}: the focus goes to a NodeRef, not a selector: {line}"
            );
            assert!(
                !line.contains("too_many_arguments"),
                "{file}: {line}: a component with named props instead"
            );
            assert!(
                !(line.contains("key=")
                    && ["format!(", "{:?}", "Progress::key(", "to_string()"]
                        .iter()
                        .any(|f| line.contains(f))),
                "{file}: a list keyed by a formatted copy of its rows: {line}"
            );
        }
    }
}

#[test]
fn no_source_file_grows_past_400_lines() {
    for (file, _) in code_of("src") {
        let lines = fs::read_to_string(&file).unwrap().lines().count();
        assert!(lines <= 400, "{file}: {lines} lines");
    }
}

/// Each function of `code` and its length in lines, from its `fn` line to its closing brace at
/// the same indent.
fn functions(code: &[String]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (i, line) in code.iter().enumerate() {
        let body = line.trim_start();
        let indent = line.len() - body.len();
        let after = ["pub(super) fn ", "pub(crate) fn ", "pub fn ", "fn "]
            .iter()
            .find_map(|p| body.strip_prefix(p));
        let Some(after) = after else { continue };
        let name: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let close = format!("{}}}", " ".repeat(indent));
        if let Some(end) = code[i..].iter().position(|l| l.trim_end() == close) {
            out.push((name, end + 1));
        }
    }
    out
}

#[test]
fn no_function_of_the_view_runs_past_80_lines() {
    let mut long = Vec::new();
    for (file, code) in code_of("src/ui") {
        for (name, lines) in functions(&code) {
            if lines > 80 {
                long.push(format!("{file}: {name}, {lines} lines"));
            }
        }
    }
    assert!(
        long.is_empty(),
        "split into components:\n{}",
        long.join("\n")
    );
}

/// serde's derives are compiled once for each deserializer a type is read through: every
/// stored value is read from its text by one reader (`store::codec::from_text`), so that the
/// wasm carries one reading of each type. A second reader (a `serde_json::Value`, say) put
/// 10.7 KB brotli back.
#[test]
fn every_stored_value_is_read_through_one_deserializer() {
    let mut readers = Vec::new();
    for (file, code) in code_of("src") {
        for line in code {
            if [
                "serde_path_to_error::deserialize(",
                "serde_json::from_value",
                "T::deserialize(",
            ]
            .iter()
            .any(|r| line.contains(r))
            {
                readers.push(format!("{file}: {}", line.trim()));
            }
        }
    }
    assert_eq!(
        readers.len(),
        1,
        "one reader, in store::codec:\n{}",
        readers.join("\n")
    );
    assert!(readers[0].contains("src/store/codec.rs"), "{}", readers[0]);
}
