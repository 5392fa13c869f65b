//! JSON as Parcours keeps it: the plans in local storage and the plan files. A small reader and
//! writer made for this, instead of serde_json: with serde's generated code for the stored
//! types and the float formatting they brought, serde_json weighed about 27 KB brotli of a
//! 274 KB wasm (docs/performance.md). The reader takes any text and answers with a
//! value or a message a person can read, never a panic; its nesting is bounded, so no text can
//! exhaust the stack.
//! The writer writes what serde_json wrote, byte for byte, so that stored plans and files keep
//! their form across the change (tests/properties.rs compares the two).

use crate::trf;

/// A JSON value. Numbers keep what was written: an integer exactly, any other number as its
/// text (no stored field holds one; reading them as floats would only add code).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number written without fraction or exponent, within 64 bits.
    Int(i64),
    /// Any other number, as written (`1.5`, `1e3`, `-0`).
    Decimal(String),
    Str(String),
    Arr(Vec<Value>),
    /// The members in the order written.
    Obj(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object (the last one, should the key be written twice).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Obj(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Int(n) => u64::try_from(*n).ok(),
            _ => None,
        }
    }
    /// Takes the member `key` out of an object.
    pub fn take(&mut self, key: &str) -> Option<Value> {
        match self {
            Value::Obj(members) => {
                let i = members.iter().rposition(|(k, _)| k == key)?;
                Some(members.remove(i).1)
            }
            _ => None,
        }
    }
}

/// Deeper nesting is refused: the stored forms need five levels.
const MAX_DEPTH: usize = 64;

/// Reads one JSON value: the whole text, with white space around it and nothing else.
pub fn parse(text: &str) -> Result<Value, String> {
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = r.value(0)?;
    r.space();
    if r.at < r.bytes.len() {
        return Err(r.malformed());
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    /// Where the text stops making sense, counted in characters from 1.
    fn malformed(&self) -> String {
        let place = self
            .text
            .get(..self.at)
            .map_or(self.at, |s| s.chars().count())
            + 1;
        if self.at >= self.bytes.len() {
            trf!(
                "le texte s'arrête avant la fin (caractère {})",
                "the text stops before its end (character {})",
                place
            )
        } else {
            trf!(
                "texte mal formé au caractère {}",
                "malformed text at character {}",
                place
            )
        }
    }
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }
    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }
    fn eat(&mut self, b: u8) -> Result<(), String> {
        if self.peek() == Some(b) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.malformed())
        }
    }
    fn word(&mut self, w: &str, v: Value) -> Result<Value, String> {
        if self.bytes[self.at..].starts_with(w.as_bytes()) {
            self.at += w.len();
            Ok(v)
        } else {
            Err(self.malformed())
        }
    }
    fn value(&mut self, depth: usize) -> Result<Value, String> {
        self.space();
        match self.peek() {
            Some(b'n') => self.word("null", Value::Null),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[' | b'{') if depth >= MAX_DEPTH => Err(trf!(
                "texte imbriqué sur plus de {} niveaux",
                "text nested more than {} levels deep",
                MAX_DEPTH
            )),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.peek() == Some(b']') {
                    self.at += 1;
                    return Ok(Value::Arr(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.space();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Value::Arr(items));
                        }
                        _ => return Err(self.malformed()),
                    }
                }
            }
            Some(b'{') => {
                self.at += 1;
                let mut members = Vec::new();
                self.space();
                if self.peek() == Some(b'}') {
                    self.at += 1;
                    return Ok(Value::Obj(members));
                }
                loop {
                    self.space();
                    if self.peek() != Some(b'"') {
                        return Err(self.malformed());
                    }
                    let key = self.string()?;
                    self.space();
                    self.eat(b':')?;
                    members.push((key, self.value(depth + 1)?));
                    self.space();
                    match self.peek() {
                        Some(b',') => self.at += 1,
                        Some(b'}') => {
                            self.at += 1;
                            return Ok(Value::Obj(members));
                        }
                        _ => return Err(self.malformed()),
                    }
                }
            }
            _ => Err(self.malformed()),
        }
    }
    fn digits(&mut self) -> usize {
        let from = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - from
    }
    fn number(&mut self) -> Result<Value, String> {
        let from = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        // No leading zero but for zero itself.
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else if self.digits() == 0 {
            return Err(self.malformed());
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            integer = false;
            if self.digits() == 0 {
                return Err(self.malformed());
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            integer = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.malformed());
            }
        }
        let written = &self.text[from..self.at];
        // « -0 » is a float for serde_json too (an integer has no negative zero). An integer
        // beyond 64 bits is kept as written: no stored field could hold it.
        match written.parse::<i64>() {
            Ok(n) if integer && written != "-0" => Ok(Value::Int(n)),
            _ => Ok(Value::Decimal(written.into())),
        }
    }
    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(n) => {
                self.at += 4;
                Ok(n)
            }
            None => Err(self.malformed()),
        }
    }
    /// A string, from its opening quote to its closing one.
    fn string(&mut self) -> Result<String, String> {
        self.eat(b'"')?;
        let mut out = String::new();
        loop {
            // The run of plain characters up to the next quote, backslash or control character.
            let from = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            // Those three are ASCII: the run ends on a character boundary.
            out.push_str(self.text.get(from..self.at).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.peek();
                    self.at += 1;
                    match escaped {
                        Some(b'"') => out.push('"'),
                        Some(b'\\') => out.push('\\'),
                        Some(b'/') => out.push('/'),
                        Some(b'b') => out.push('\u{8}'),
                        Some(b'f') => out.push('\u{c}'),
                        Some(b'n') => out.push('\n'),
                        Some(b'r') => out.push('\r'),
                        Some(b't') => out.push('\t'),
                        Some(b'u') => {
                            let mut code = self.hex4()?;
                            if (0xD800..0xDC00).contains(&code) {
                                // A character beyond the first plane: a pair of surrogates.
                                self.eat(b'\\')?;
                                self.eat(b'u')?;
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(self.malformed());
                                }
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            }
                            match char::from_u32(code) {
                                Some(c) => out.push(c),
                                None => return Err(self.malformed()),
                            }
                        }
                        _ => {
                            self.at -= 1;
                            return Err(self.malformed());
                        }
                    }
                }
                // A control character, or the end of the text.
                _ => return Err(self.malformed()),
            }
        }
    }
}

/// The value as compact text (what local storage keeps).
pub fn to_string(v: &Value) -> String {
    let mut out = String::new();
    write(&mut out, v, None);
    out
}

/// The value as indented text (what a plan file holds): two spaces a level.
pub fn to_string_pretty(v: &Value) -> String {
    let mut out = String::new();
    write(&mut out, v, Some(0));
    out
}

fn newline(out: &mut String, indent: Option<usize>) {
    if let Some(n) = indent {
        out.push('\n');
        for _ in 0..n {
            out.push_str("  ");
        }
    }
}

fn write(out: &mut String, v: &Value, indent: Option<usize>) {
    let inner = indent.map(|n| n + 1);
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(n) => out.push_str(&n.to_string()),
        Value::Decimal(x) => out.push_str(x),
        Value::Str(s) => write_str(out, s),
        Value::Arr(items) if items.is_empty() => out.push_str("[]"),
        Value::Arr(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                write(out, item, inner);
            }
            newline(out, indent);
            out.push(']');
        }
        Value::Obj(members) if members.is_empty() => out.push_str("{}"),
        Value::Obj(members) => {
            out.push('{');
            for (i, (k, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(out, inner);
                write_str(out, k);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write(out, item, inner);
            }
            newline(out, indent);
            out.push('}');
        }
    }
}

/// A string between quotes, escaped as serde_json escapes it.
fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -2, 3.5, 1e3, true, false, null], "b": {"c": "d"}} "#).unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Value::Arr(vec![
                Value::Int(1),
                Value::Int(-2),
                Value::Decimal("3.5".into()),
                Value::Decimal("1e3".into()),
                Value::Bool(true),
                Value::Bool(false),
                Value::Null,
            ]))
        );
        assert_eq!(
            v.get("b").and_then(|b| b.get("c")).and_then(Value::as_str),
            Some("d")
        );
    }

    #[test]
    fn reads_escapes_and_surrogate_pairs() {
        let v = parse(r#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#).unwrap();
        assert_eq!(v, Value::Str("a\"b\\c/d\n\té😀".into()));
    }

    #[test]
    fn refuses_what_is_not_json_with_a_place() {
        for (text, place) in [
            ("", "1"),
            ("{", "2"),
            (r#"{"a":1,}"#, "8"),
            ("[1 2]", "4"),
            ("01", "2"),
            ("1.", "3"),
            ("-", "2"),
            (r#""é\x""#, "4"),
            ("\"a\nb\"", "3"),
            (r#""\ud800""#, "8"),
            (r#""\udc00""#, "8"),
            ("nul", "1"),
            ("true false", "6"),
            ("'a'", "1"),
        ] {
            let e = parse(text).unwrap_err();
            assert!(
                e.contains(&format!("caractère {place})"))
                    || e.ends_with(&format!("caractère {place}")),
                "{text:?}: {e}"
            );
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).unwrap_err().contains("imbriqué"));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn integers_stay_exact_and_other_numbers_stay_as_written() {
        assert_eq!(parse("-9223372036854775808").unwrap(), Value::Int(i64::MIN));
        let beyond = "9223372036854775808";
        assert_eq!(parse(beyond).unwrap(), Value::Decimal(beyond.into()));
        assert_eq!(parse("-0").unwrap(), Value::Decimal("-0".into()));
        assert_eq!(parse("1e400").unwrap(), Value::Decimal("1e400".into()));
        assert_eq!(
            parse(&"9".repeat(60)).unwrap(),
            Value::Decimal("9".repeat(60))
        );
    }

    #[test]
    fn writes_compact_and_indented_text_that_reads_back() {
        let v = Value::Obj(vec![
            ("s".into(), Value::Str("\"é\u{1}\u{7f}\n".into())),
            (
                "l".into(),
                Value::Arr(vec![Value::Int(1), Value::Arr(vec![])]),
            ),
            ("o".into(), Value::Obj(vec![])),
            ("x".into(), Value::Decimal("2.0".into())),
        ]);
        let compact = to_string(&v);
        assert_eq!(
            compact,
            "{\"s\":\"\\\"é\\u0001\u{7f}\\n\",\"l\":[1,[]],\"o\":{},\"x\":2.0}"
        );
        assert_eq!(parse(&compact).unwrap(), v);
        let pretty = to_string_pretty(&v);
        assert_eq!(
            pretty,
            "{\n  \"s\": \"\\\"é\\u0001\u{7f}\\n\",\n  \"l\": [\n    1,\n    []\n  ],\n  \"o\": {},\n  \"x\": 2.0\n}"
        );
        assert_eq!(parse(&pretty).unwrap(), v);
    }
}
