//! JSON text to [`Value`] and back.
//!
//! The reader follows Python's `json.loads`, which is what the AWS CLI uses for `--cli-input-json`
//! and JSON parameter values: the same accepted inputs (`NaN` and `Infinity` included, the last of
//! duplicate keys winning) and the same error wording and positions, counted in characters.

use crate::syntax::invisible;
use crate::syntax::shorthand::MAX_NESTING;
use crate::value::{Number, Object, Value};

/// Arrays and objects nested deeper than this are refused, here and by the wasm reader of JavaScript
/// values. A request holds a shorthand value at most three containers down (the request, an
/// option's list, an item), so this is a little more than [`MAX_NESTING`] + 3. The readers keep no
/// stack per level, but the writers, `Clone`, `PartialEq` and `Drop` recurse: measured, about 1.1 KB
/// a level in debug builds and 250 bytes in the shipped wasm, so 512 levels stay far inside the
/// 1 MB stack of wasm and the 2 MB of a Rust thread. (The CLI's `json.loads` reads 980.)
pub const MAX_DEPTH: usize = 512;
const _: () = assert!(MAX_NESTING + 3 <= MAX_DEPTH);

/// Why a JSON text could not be read, with its position as Python reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Python's wording, e.g. `Expecting ',' delimiter`.
    pub reason: String,
    /// The character offset (Python's `char`).
    pub index: usize,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: line {} column {} (char {})", self.reason, self.line, self.column, self.index)
    }
}

impl std::error::Error for JsonError {}

/// Parses a JSON text the way Python's `json.loads` does.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let reader = Reader { text, bytes: text.as_bytes() };
    if text.starts_with('\u{feff}') {
        return Err(reader.error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0));
    }
    let start = reader.skip_whitespace(0);
    let (value, end) = reader.value(start)?;
    let end = reader.skip_whitespace(end);
    if end != text.len() {
        return Err(reader.error("Extra data", end));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
}

/// An array or object being read: its items so far, and for an object the key whose value comes
/// next.
enum Container {
    Array(Vec<Value>),
    Object(Vec<(String, Value)>, String),
}

impl Container {
    fn into_value(self) -> Value {
        match self {
            Container::Array(items) => Value::Array(items),
            Container::Object(members, _) => Value::Object(members.into_iter().collect()),
        }
    }
}

impl<'a> Reader<'a> {
    fn error(&self, reason: impl Into<String>, byte: usize) -> JsonError {
        let before = &self.text[..byte];
        let index = before.chars().count();
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        JsonError { reason: reason.into(), index, line, column }
    }

    fn skip_whitespace(&self, mut at: usize) -> usize {
        while matches!(self.bytes.get(at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            at += 1;
        }
        at
    }

    /// The value at `at` and the byte offset after it. Python's scanner recurses for each array
    /// and object; this keeps the enclosing ones in `parents` instead, so the stack stays flat
    /// whatever the depth, and takes the same steps in the same order, which keeps its errors.
    fn value(&self, mut at: usize) -> Result<(Value, usize), JsonError> {
        let mut parents: Vec<Container> = Vec::new();
        loop {
            let (mut value, mut end) = match self.bytes.get(at) {
                Some(&open @ (b'[' | b'{')) => {
                    if parents.len() == MAX_DEPTH {
                        return Err(self.error(format!("Nesting deeper than {MAX_DEPTH} levels is not supported"), at));
                    }
                    let first = self.skip_whitespace(at + 1);
                    match (open, self.bytes.get(first)) {
                        (b'[', Some(b']')) => (Value::Array(Vec::new()), first + 1),
                        (b'{', Some(b'}')) => (Value::Object(Object::new()), first + 1),
                        (b'[', _) => {
                            parents.push(Container::Array(Vec::new()));
                            at = first;
                            continue;
                        }
                        _ => {
                            let (key, after) = self.key(first)?;
                            parents.push(Container::Object(Vec::new(), key));
                            at = after;
                            continue;
                        }
                    }
                }
                _ => self.scalar(at)?,
            };
            // Hands the value to the containers it completes, up to one that goes on.
            loop {
                let Some(mut parent) = parents.pop() else { return Ok((value, end)) };
                let close = match &mut parent {
                    Container::Array(items) => {
                        items.push(value);
                        b']'
                    }
                    Container::Object(members, key) => {
                        members.push((std::mem::take(key), value));
                        b'}'
                    }
                };
                let next = self.skip_whitespace(end);
                match self.bytes.get(next) {
                    Some(b',') => {
                        at = self.skip_whitespace(next + 1);
                        if let Container::Object(_, key) = &mut parent {
                            (*key, at) = self.key(at)?;
                        }
                        parents.push(parent);
                        break;
                    }
                    Some(&byte) if byte == close => {
                        value = parent.into_value();
                        end = next + 1;
                    }
                    _ => return Err(self.error("Expecting ',' delimiter", next)),
                }
            }
        }
    }

    /// An object's `"key":` at `at`, and where its value starts.
    fn key(&self, at: usize) -> Result<(String, usize), JsonError> {
        if self.bytes.get(at) != Some(&b'"') {
            return Err(self.error("Expecting property name enclosed in double quotes", at));
        }
        let (key, after_key) = self.string(at)?;
        let colon = self.skip_whitespace(after_key);
        if self.bytes.get(colon) != Some(&b':') {
            return Err(self.error("Expecting ':' delimiter", colon));
        }
        Ok((key, self.skip_whitespace(colon + 1)))
    }

    /// A string, literal or number at `at`.
    fn scalar(&self, at: usize) -> Result<(Value, usize), JsonError> {
        let rest = &self.bytes[at..];
        if rest.first() == Some(&b'"') {
            let (text, end) = self.string(at)?;
            return Ok((Value::String(text), end));
        }
        let literal = |word: &str, value: Value| rest.starts_with(word.as_bytes()).then(|| (value, at + word.len()));
        let found = match rest.first() {
            Some(b'n') => literal("null", Value::Null),
            Some(b't') => literal("true", Value::Bool(true)),
            Some(b'f') => literal("false", Value::Bool(false)),
            Some(b'N') => literal("NaN", Value::Number(Number::float(f64::NAN))),
            Some(b'I') => literal("Infinity", Value::Number(Number::float(f64::INFINITY))),
            Some(b'-') => literal("-Infinity", Value::Number(Number::float(f64::NEG_INFINITY))),
            _ => None,
        };
        found.or_else(|| self.number(at)).ok_or_else(|| self.error("Expecting value", at))
    }

    /// Python's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, where a dangling
    /// `.` or exponent is left unread.
    fn number(&self, start: usize) -> Option<(Value, usize)> {
        let digit = |at: usize| self.bytes.get(at).is_some_and(u8::is_ascii_digit);
        let digits_from = |mut at: usize| {
            while digit(at) {
                at += 1;
            }
            at
        };
        let mut at = start + usize::from(self.bytes.get(start) == Some(&b'-'));
        match self.bytes.get(at) {
            Some(b'0') => at += 1,
            Some(b'1'..=b'9') => at = digits_from(at + 1),
            _ => return None,
        }
        let mut integral = true;
        if self.bytes.get(at) == Some(&b'.') && digit(at + 1) {
            integral = false;
            at = digits_from(at + 2);
        }
        if matches!(self.bytes.get(at), Some(b'e' | b'E')) {
            let sign = usize::from(matches!(self.bytes.get(at + 1), Some(b'+' | b'-')));
            if digit(at + 1 + sign) {
                integral = false;
                at = digits_from(at + 1 + sign);
            }
        }
        let literal = &self.text[start..at];
        let number = if integral {
            // An int, exact however long (Python refuses more than 4,300 digits; the rules report
            // such a number at its member instead, as they do any other value out of range).
            let (negative, digits) = literal.strip_prefix('-').map_or((false, literal), |digits| (true, digits));
            Number::integer(negative, digits)?
        } else {
            // The platform's float parser, like Python's, rounds to nearest and overflows to infinity.
            Number::float(crate::engine::parse_float(literal))
        };
        Some((Value::Number(number), at))
    }

    /// Reads the string whose opening quote is at `quote`.
    fn string(&self, quote: usize) -> Result<(String, usize), JsonError> {
        let unterminated = || self.error("Unterminated string starting at", quote);
        let mut out = String::new();
        let mut at = quote + 1;
        loop {
            let run_start = at;
            while let Some(&b) = self.bytes.get(at) {
                if b == b'"' || b == b'\\' {
                    break;
                }
                if b < 0x20 {
                    return Err(self.error("Invalid control character at", at));
                }
                at += 1;
            }
            out.push_str(&self.text[run_start..at]);
            match self.bytes.get(at) {
                None => return Err(unterminated()),
                Some(b'"') => return Ok((out, at + 1)),
                Some(_) => {}
            }
            // A backslash escape.
            let escaped = match self.bytes.get(at + 1) {
                None => return Err(unterminated()),
                Some(b'u') => {
                    let (c, end) = self.unicode_escape(at)?;
                    out.push(c);
                    at = end;
                    continue;
                }
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'/') => '/',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(_) => return Err(self.error("Invalid \\escape", at)),
            };
            out.push(escaped);
            at += 2;
        }
    }

    /// Decodes `\uXXXX` (and a following low surrogate) at the backslash `at`.
    fn unicode_escape(&self, at: usize) -> Result<(char, usize), JsonError> {
        let invalid = |pos| self.error("Invalid \\uXXXX escape", pos);
        let hex4 = |from: usize| -> Option<u32> {
            let digits = self.bytes.get(from..from + 4)?;
            digits.iter().try_fold(0u32, |acc, &d| Some(acc * 16 + (d as char).to_digit(16)?))
        };
        // Python needs a character after the four digits (the closing quote at least).
        if at + 6 >= self.bytes.len() {
            return Err(invalid(at + 1));
        }
        let unit = hex4(at + 2).ok_or_else(|| invalid(at + 1))?;
        let end = at + 6;
        if (0xD800..0xDC00).contains(&unit)
            && end + 6 < self.bytes.len()
            && self.bytes[end] == b'\\'
            && self.bytes[end + 1] == b'u'
        {
            let low = hex4(end + 2).ok_or_else(|| invalid(end + 1))?;
            if (0xDC00..0xE000).contains(&low) {
                let c = char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                return c.map(|c| (c, end + 6)).ok_or_else(|| invalid(at + 1));
            }
        }
        char::from_u32(unit).map(|c| (c, end)).ok_or_else(|| {
            // Python accepts a lone surrogate; a Rust (and UTF-8) string cannot hold one.
            self.error(format!("Unpaired surrogate \\u{unit:04x} is not a Unicode character"), at + 1)
        })
    }
}

/// Appends `value` as compact JSON.
pub fn write(out: &mut String, value: &Value) {
    write_value(out, value, None, 0);
}

/// Writes `value` as JSON: compact (`{"a":1}`) without `indent`, else one member per line.
/// Non-ASCII text is written as is, except controls and the characters that hide or reorder text
/// (see [`write_string`]); numbers as Python's `json.dumps` writes them, so `NaN`, `Infinity` and
/// `-Infinity` are written as such, and read back (pkg/api.js never sees them: the wasm adapter
/// hands such results over as values).
pub fn to_string(value: &Value, indent: Option<usize>) -> String {
    let mut out = String::new();
    write_value(&mut out, value, indent, 0);
    out
}

fn write_value(out: &mut String, value: &Value, indent: Option<usize>, level: usize) {
    match value {
        Value::Null | Value::Unsupported(_) => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => write_container(out, '[', ']', items.iter(), indent, level, |out, item, level| {
            write_value(out, item, indent, level)
        }),
        Value::Object(object) => {
            let separator = if indent.is_some() { ": " } else { ":" };
            write_container(out, '{', '}', object.iter(), indent, level, |out, (key, item), level| {
                write_string(out, key);
                out.push_str(separator);
                write_value(out, item, indent, level);
            })
        }
    }
}

fn write_container<T>(
    out: &mut String,
    open: char,
    close: char,
    items: impl ExactSizeIterator<Item = T>,
    indent: Option<usize>,
    level: usize,
    write_item: impl Fn(&mut String, T, usize),
) {
    out.push(open);
    let empty = items.len() == 0;
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if let Some(width) = indent {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', width * (level + 1)));
        }
        write_item(out, item, level + 1);
    }
    if let (Some(width), false) = (indent, empty) {
        out.push('\n');
        out.extend(std::iter::repeat_n(' ', width * level));
    }
    out.push(close);
}

/// The bytes that may start a character `write_string` escapes; a table lookup per byte is the
/// cheapest scan in WebAssembly, which has no vector search here.
static ESCAPE_CANDIDATES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table[0x7f] = true;
    table[0xc2] = true;
    invisible::mark_lead_bytes(table)
};

/// Writes a JSON string literal.
pub fn write_string(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    // Every character that needs an escape starts with a candidate byte: find the next one, copy
    // the run before it whole.
    let mut rest = s;
    while let Some(at) = rest.bytes().position(|b| ESCAPE_CANDIDATES[usize::from(b)]) {
        out.push_str(&rest[..at]);
        let Some(c) = rest[at..].chars().next() else { break };
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            // Other controls, C1 included, are escaped so that no terminal acts on them when pasted,
            // and characters that hide or reorder text so that what shows is what is there.
            c if c.is_control() || invisible::hides_or_reorders(c) => {
                for unit in c.encode_utf16(&mut [0; 2]) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            // Text that only shares a lead byte with those needs nothing.
            c => out.push(c),
        }
        rest = &rest[at + c.len_utf8()..];
    }
    out.push_str(rest);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn error(text: &str) -> String {
        parse(text).unwrap_err().to_string()
    }

    #[test]
    fn errors_match_python_json_loads() {
        // Each expectation is what Python 3.11's json.loads raises for the same text.
        let cases = [
            (r#"{"a":1,}"#, "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"),
            ("[1,]", "Expecting value: line 1 column 4 (char 3)"),
            ("", "Expecting value: line 1 column 1 (char 0)"),
            (" ", "Expecting value: line 1 column 2 (char 1)"),
            (r#"{"a" 1}"#, "Expecting ':' delimiter: line 1 column 6 (char 5)"),
            (r#"{"a":}"#, "Expecting value: line 1 column 6 (char 5)"),
            (r#""abc"#, "Unterminated string starting at: line 1 column 1 (char 0)"),
            (r#""a\x""#, "Invalid \\escape: line 1 column 3 (char 2)"),
            (r#""\u12""#, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"),
            ("[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"),
            ("1.", "Extra data: line 1 column 2 (char 1)"),
            ("-", "Expecting value: line 1 column 1 (char 0)"),
            ("nul", "Expecting value: line 1 column 1 (char 0)"),
            ("\"\u{1}\"", "Invalid control character at: line 1 column 2 (char 1)"),
            ("\u{feff}{}", "Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)"),
            (r#"{"a":[1,{"b":]}]}"#, "Expecting value: line 1 column 14 (char 13)"),
            ("01", "Extra data: line 1 column 2 (char 1)"),
            ("1e+", "Extra data: line 1 column 2 (char 1)"),
            ("-Inf", "Expecting value: line 1 column 1 (char 0)"),
            (r#""\ud800\uzzzz""#, "Invalid \\uXXXX escape: line 1 column 9 (char 8)"),
            ("\"\\u", "Invalid \\uXXXX escape: line 1 column 3 (char 2)"),
            ("{\n  \"é\": [1,\n  2 3]}", "Expecting ',' delimiter: line 3 column 5 (char 17)"),
        ];
        for (text, expected) in cases {
            assert_eq!(error(text), expected, "for {text:?}");
        }
    }

    #[test]
    fn numbers_keep_their_kind() {
        let value = parse("[30, 30.0, 1e2, -0, 1e400, NaN, 123456789012345678901234567890]").unwrap();
        let kinds: Vec<bool> = value.as_array().unwrap().iter().map(|v| v.as_number().unwrap().is_integral()).collect();
        assert_eq!(kinds, [true, false, false, true, false, false, true]);
        // Written back as Python writes them: integers exactly, floats as floats.
        assert_eq!(to_string(&value, None), "[30,30.0,100.0,0,Infinity,NaN,123456789012345678901234567890]");
        let long = format!("[-{0}, 9007199254740993, -0.0, -Infinity]", "9".repeat(5000));
        assert_eq!(to_string(&parse(&long).unwrap(), None), long.replace(", ", ","));
    }

    #[test]
    fn duplicate_keys_keep_the_last_value_in_the_first_position() {
        let value = parse(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(to_string(&value, None), r#"{"a":3,"b":2}"#);
    }

    #[test]
    fn surrogate_pairs_decode_and_lone_ones_are_refused() {
        assert_eq!(parse(r#""\ud83d\ude00""#).unwrap(), Value::from("😀"));
        assert!(error(r#""\ud800x""#).starts_with("Unpaired surrogate \\ud800"));
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = "[".repeat(100_000);
        assert_eq!(
            error(&deep),
            format!(
                "Nesting deeper than {MAX_DEPTH} levels is not supported: line 1 column {0} (char {1})",
                MAX_DEPTH + 1,
                MAX_DEPTH
            )
        );
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn escapes_quotes_backslashes_and_every_control() {
        let mut out = String::new();
        write_string(&mut out, "a\"b\\c\n\u{1}\u{7f}\u{85}é😀\u{9f}\u{a0}");
        // The no-break space (U+00A0) is not a control and stays as it is.
        assert_eq!(out, "\"a\\\"b\\\\c\\n\\u0001\\u007f\\u0085é😀\\u009f\u{a0}\"");
    }

    #[test]
    fn escapes_every_character_that_hides_or_reorders_text() {
        let class: String =
            (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| invisible::hides_or_reorders(c)).collect();
        let mut out = String::new();
        write_string(&mut out, &format!("a{class}b"));
        assert!(out.chars().all(|c| c.is_ascii_graphic()), "{out}");
        assert!(out.starts_with(r#""a\u00ad\u0600"#) && out.ends_with(r#"\udb40\udc7fb""#), "{out}");
        assert_eq!(parse(&out), Ok(Value::String(format!("a{class}b"))));
        // Text sharing their lead bytes stays as it is.
        let mut out = String::new();
        write_string(&mut out, "—€→ح\u{E0100}");
        assert_eq!(out, "\"—€→ح\u{E0100}\"");
    }

    #[test]
    fn writes_compact_and_indented() {
        let value = parse(r#"{"a":[1,{"b":"x\n\"y\""}],"c":{},"d":[]}"#).unwrap();
        assert_eq!(to_string(&value, None), r#"{"a":[1,{"b":"x\n\"y\""}],"c":{},"d":[]}"#);
        assert_eq!(
            to_string(&value, Some(2)),
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"x\\n\\\"y\\\"\"\n    }\n  ],\n  \"c\": {},\n  \"d\": []\n}"
        );
    }
}
