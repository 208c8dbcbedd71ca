//! Small helpers for writing messages.

use crate::engine::{char_matches, pattern};

/// The longest value excerpt a message shows.
const EXCERPT_CHARS: usize = 60;

/// `s` as a JSON string literal, cut to a readable length: `"abc"`, `"abcd…"`.
pub(crate) fn quoted(s: &str) -> String {
    let mut out = String::new();
    match s.char_indices().nth(EXCERPT_CHARS) {
        Some((cut, _)) => {
            crate::syntax::json::write_string(&mut out, &s[..cut]);
            out.insert(out.len() - 1, '…');
        }
        None => crate::syntax::json::write_string(&mut out, s),
    }
    out
}

/// "A", "A or B", "A, B or C".
pub(crate) fn one_of(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// `n` with thousands separated by commas: "2,000,000".
pub(crate) fn thousands(n: i64) -> String {
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
pub(crate) fn count(n: usize, noun: &str) -> String {
    let consonant_y = noun.strip_suffix('y').filter(|stem| !stem.ends_with(['a', 'e', 'i', 'o', 'u']));
    match (n, consonant_y) {
        (1, _) => format!("1 {noun}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}

/// The distinct characters of `s` that `allowed` rejects, quoted for a message: `' ', 'é'`.
pub(crate) fn offending_characters(s: &str, allowed: impl Fn(char) -> bool) -> Option<String> {
    let mut seen: Vec<char> = Vec::new();
    for c in s.chars().filter(|&c| !allowed(c)) {
        if !seen.contains(&c) {
            seen.push(c);
        }
        if seen.len() == 5 {
            break;
        }
    }
    (!seen.is_empty()).then(|| seen.iter().map(|c| describe_char(*c)).collect::<Vec<_>>().join(", "))
}

pattern! {
    /// Characters that show as nothing, or change what is around them when printed: controls,
    /// format characters (U+200B, bidi overrides), private-use and unassigned code points,
    /// combining marks and separators.
    fn is_unprintable = r"^[\p{C}\p{M}\p{Z}]$"
}

fn describe_char(c: char) -> String {
    if c == ' ' {
        "space".to_owned()
    } else if c.is_ascii_control() || (!c.is_ascii() && char_matches(is_unprintable, c)) {
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

    #[test]
    fn unprintable_characters_are_named_by_code_point() {
        let described =
            offending_characters("a b\u{200B}\u{202E}\u{301}\u{A0}\t\u{E000}é", |c| c.is_ascii_alphabetic());
        assert_eq!(described.as_deref(), Some("space, U+200B, U+202E, U+0301, U+00A0"));
        let rest = offending_characters("\t\u{E000}é", |_| false);
        assert_eq!(rest.as_deref(), Some("U+0009, U+E000, 'é'"));
    }

    #[test]
    fn quoted_cuts_long_values() {
        assert_eq!(quoted("a\"b"), r#""a\"b""#);
        let long = "x".repeat(100);
        assert_eq!(quoted(&long), format!("\"{}…\"", "x".repeat(60)));
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(one_of(&["A"]), "A");
        assert_eq!(one_of(&["A", "B", "C"]), "A, B or C");
        assert_eq!(count(1, "item"), "1 item");
        assert_eq!(count(2, "item"), "2 items");
        assert_eq!(count(0, "entry"), "0 entries");
        assert_eq!(count(2, "key"), "2 keys");
        assert_eq!(
            [thousands(0), thousands(999), thousands(1000), thousands(-2_000_000)],
            ["0", "999", "1,000", "-2,000,000"]
        );
    }

    #[test]
    fn offending_characters_are_named() {
        assert_eq!(offending_characters("a b\té", |c| c.is_ascii_alphabetic()).unwrap(), "space, U+0009, 'é'");
        assert_eq!(offending_characters("ab", |c| c.is_ascii_alphabetic()), None);
    }
}
