//! Message and help templates, rendered in Rust for the native CLI. The npm package renders the
//! same templates in JavaScript: `catalogue::javascript` compiles each one into a function over
//! the package's twin of [`show`], and the parity tests compare the two renderings.
//!
//! A template is text with placeholders: `{name}` shows the argument called `name` as its kind
//! shows by default, `{name:format}` in another way (see [`show`]); `{{` and `}}` are braces.

use crate::diagnostic::{Arg, Diagnostic, Template};
use crate::syntax::coerce::python_repr;
use crate::syntax::json;
use crate::value::Number;
use std::fmt::Write;

/// One piece of a template: literal text, or an argument with its format.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'t> {
    Text(std::borrow::Cow<'t, str>),
    Arg { name: &'t str, format: &'t str },
}

impl Template {
    /// The template cut into pieces. A `{` without its `}` is text.
    pub fn pieces(&self) -> Vec<Piece<'static>> {
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut rest = self.text();
        while let Some(at) = rest.find(['{', '}']) {
            text.push_str(&rest[..at]);
            let tail = &rest[at..];
            if tail.starts_with("{{") || tail.starts_with("}}") {
                text.push_str(&tail[..1]);
                rest = &tail[2..];
                continue;
            }
            match tail.strip_prefix('{').and_then(|inner| inner.split_once('}')) {
                Some((placeholder, after)) => {
                    if !text.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut text).into()));
                    }
                    let (name, format) = placeholder.split_once(':').unwrap_or((placeholder, ""));
                    pieces.push(Piece::Arg { name, format });
                    rest = after;
                }
                None => {
                    text.push_str(&tail[..1]);
                    rest = &tail[1..];
                }
            }
        }
        text.push_str(rest);
        if !text.is_empty() {
            pieces.push(Piece::Text(text.into()));
        }
        pieces
    }
}

/// `template` with the arguments of `diagnostic` filled in; `{path}` is the diagnostic's own path
/// unless it has an argument of that name. A placeholder without its argument shows as `{?name}`,
/// which the tests look for.
pub fn render(template: &Template, diagnostic: &Diagnostic) -> String {
    let mut out = String::new();
    for piece in template.pieces() {
        match piece {
            Piece::Text(text) => out.push_str(&text),
            Piece::Arg { name, format } => match diagnostic.arg(name) {
                Some(arg) => show(&mut out, arg, format),
                None if name == "path" => {
                    let _ = write!(out, "{}", diagnostic.path);
                }
                None => {
                    let _ = write!(out, "{{?{name}}}");
                }
            },
        }
    }
    out
}

/// Shows one argument. Formats: for request text `raw` (as it is, whole) and `repr` (Python's
/// `repr()`, as the AWS CLI's own messages quote a value); for words `or` (the default: "A, B or
/// C"), `and` ("A, B and C"), `list` ("A, B, C"), `pipes` ("A | B | C") and `article` ("an
/// instance"); for integers `thousands` ("2,000,000") and `count NOUN` ("1 item", "3 items"; the
/// last word of NOUN is the one counted: "2 more words"). Any other kind ignores the format.
pub fn show(out: &mut String, arg: &Arg, format: &str) {
    match arg {
        Arg::Path(path) => {
            let _ = write!(out, "{path}");
        }
        Arg::Text(text) => match format {
            "raw" => out.push_str(text),
            "repr" => out.push_str(&python_repr(text)),
            _ => out.push_str(&quoted(text)),
        },
        Arg::Word(word) if format == "article" => {
            out.push_str(if word.starts_with(['a', 'e', 'i', 'o', 'u']) { "an " } else { "a " });
            out.push_str(word);
        }
        Arg::Word(word) => out.push_str(word),
        Arg::Words(words) => {
            let words: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
            out.push_str(&match format {
                "and" => joined(&words, " and "),
                "list" => words.join(", "),
                "pipes" => words.join(" | "),
                _ => joined(&words, " or "),
            });
        }
        Arg::Int(n) => match format.strip_prefix("count ") {
            Some(noun) => out.push_str(&count(*n, noun)),
            None if format == "thousands" => out.push_str(&thousands(*n)),
            None => {
                let _ = write!(out, "{n}");
            }
        },
        Arg::Number(n) => out.push_str(&number(n)),
        Arg::Chars(chars) => {
            let described: Vec<String> = chars.iter().map(|c| describe_char(*c)).collect();
            out.push_str(&described.join(", "));
        }
        Arg::Rule(rule) if format == "title" => out.push_str(rule.doc.title),
        Arg::Rule(rule) => out.push_str(rule.doc.code),
        Arg::Member(member) if format == "doc" => out.push_str(member.doc),
        Arg::Member(member) => out.push_str(member.name),
        Arg::Value(value) => json::write(out, value),
        Arg::Finding(finding) => out.push_str(&finding.message()),
        Arg::Findings(findings) => {
            let messages: Vec<String> = findings.iter().map(Diagnostic::message).collect();
            out.push_str(&messages.join(" "));
        }
    }
}

/// A number as Python writes it (`30.5`, `NaN`, `99999999999999999999`), or its size when it is too
/// long to repeat (`an integer of 5,000 digits`).
pub fn number(n: &Number) -> String {
    if !n.is_long() {
        return n.to_string();
    }
    let article = if n.is_negative() { "a negative" } else { "an" };
    format!("{article} integer of {} digits", thousands(n.digit_count().unwrap_or_default() as i64))
}

/// The longest excerpt of request text a message shows.
pub const EXCERPT_CHARS: usize = 60;

/// `s` as a JSON string literal, cut to a readable length: `"abc"`, `"abcd…"`.
pub fn quoted(s: &str) -> String {
    let mut out = String::new();
    match s.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => {
            json::write_string(&mut out, &s[..cut]);
            out.insert(out.len() - 1, '…');
        }
        None => json::write_string(&mut out, s),
    }
    out
}

/// "A", "A or B", "A, B or C" with `last` = " or ".
fn joined(items: &[&str], last: &str) -> String {
    match items {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [init @ .., final_item] => format!("{}{last}{final_item}", init.join(", ")),
    }
}

/// `n` with thousands separated by commas: "2,000,000".
fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::from(if n < 0 { "-" } else { "" });
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// "1 character", "3 characters", "2 entries", "2 keys".
fn count(n: i64, noun: &str) -> String {
    let consonant_y = noun.strip_suffix('y').filter(|stem| !stem.ends_with(['a', 'e', 'i', 'o', 'u']));
    match (n, consonant_y) {
        (1, _) => format!("1 {noun}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}

/// Characters that show as nothing, or change what is around them when printed: controls, format
/// characters (U+200B, bidi overrides), private-use and unassigned code points, combining marks and
/// separators. Messages name them by code point.
pub const UNPRINTABLE: &str = r"^[\p{C}\p{M}\p{Z}]$";

crate::engine::pattern! {
    fn is_unprintable = UNPRINTABLE
}

fn describe_char(c: char) -> String {
    if c == ' ' {
        "space".to_owned()
    } else if c.is_ascii_control() || (!c.is_ascii() && crate::engine::char_matches(is_unprintable, c)) {
        format!("U+{:04X}", c as u32)
    } else {
        format!("'{c}'")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn shown(arg: Arg, format: &str) -> String {
        let mut out = String::new();
        show(&mut out, &arg, format);
        out
    }

    #[test]
    fn templates_cut_into_text_and_arguments() {
        let template = Template::new("{path} has {length:count character}; {{literal}} {unclosed");
        assert_eq!(
            template.pieces(),
            [
                Piece::Arg { name: "path", format: "" },
                Piece::Text(" has ".into()),
                Piece::Arg { name: "length", format: "count character" },
                Piece::Text("; {literal} {unclosed".into()),
            ]
        );
    }

    #[test]
    fn each_kind_shows_as_its_format_says() {
        assert_eq!(shown(Arg::text("a\"b"), ""), r#""a\"b""#);
        assert_eq!(shown(Arg::text(&"x".repeat(100)), ""), format!("\"{}…\"", "x".repeat(60)));
        assert_eq!(shown(Arg::text(&"x".repeat(100)), "raw"), "x".repeat(100));
        // tests/js/render.test.mjs expects the same of the package's renderer.
        let hidden = "a\u{1}\u{7f}\u{85}\u{202e}\u{200b}\u{2028}\u{e0041}é";
        assert_eq!(shown(Arg::text(hidden), ""), r#""a\u0001\u007f\u0085\u202e\u200b\u2028\udb40\udc41é""#);
        assert_eq!(shown(Arg::text("it's\ta\u{a0}\u{1F600}"), "repr"), "\"it's\\ta\\xa0\u{1F600}\"");
        assert_eq!(shown(Arg::text("us west"), "repr"), "'us west'");
        assert_eq!(shown(Arg::words(&["A"]), ""), "A");
        assert_eq!(shown(Arg::words(&["A", "B", "C"]), ""), "A, B or C");
        assert_eq!(shown(Arg::words(&["A", "B", "C"]), "and"), "A, B and C");
        assert_eq!(shown(Arg::words(&["A", "B", "C"]), "list"), "A, B, C");
        assert_eq!(shown(Arg::words(&["A", "B", "C"]), "pipes"), "A | B | C");
        assert_eq!(shown(Arg::word("instance"), "article"), "an instance");
        assert_eq!(shown(Arg::word("routing profile"), "article"), "a routing profile");
        assert_eq!(shown(Arg::Int(1), "count item"), "1 item");
        assert_eq!(shown(Arg::Int(2), "count item"), "2 items");
        assert_eq!(shown(Arg::Int(0), "count entry"), "0 entries");
        assert_eq!(shown(Arg::Int(2), "count key"), "2 keys");
        assert_eq!(shown(Arg::Int(4980), "count more member"), "4980 more members");
        assert_eq!(shown(Arg::Int(1), "count more finding"), "1 more finding");
        let numbers = [0, 999, 1000, -2_000_000].map(|n| shown(Arg::Int(n), "thousands"));
        assert_eq!(numbers, ["0", "999", "1,000", "-2,000,000"]);
    }

    #[test]
    fn unprintable_characters_are_named_by_code_point() {
        let chars = Arg::Chars("a b\u{200B}\u{202E}\u{301}\u{A0}\t\u{E000}é".chars().collect());
        assert_eq!(shown(chars, ""), "'a', space, 'b', U+200B, U+202E, U+0301, U+00A0, U+0009, U+E000, 'é'");
    }

    #[test]
    fn long_numbers_are_described_in_messages() {
        assert_eq!(number(&Number::integer(false, "99999999999999999999").unwrap()), "99999999999999999999");
        assert_eq!(number(&Number::integer(false, &"9".repeat(5000)).unwrap()), "an integer of 5,000 digits");
        assert_eq!(number(&Number::integer(true, &"9".repeat(30)).unwrap()), "a negative integer of 30 digits");
        assert_eq!(number(&Number::float(f64::NAN)), "NaN");
        assert_eq!(number(&Number::float(-1e300)), "-1e+300");
    }
}
