//! Small helpers for writing messages.

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

/// "1 character", "3 characters", "2 entries".
pub(crate) fn count(n: usize, noun: &str) -> String {
    match (n, noun.strip_suffix('y')) {
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

fn describe_char(c: char) -> String {
    if c == ' ' {
        "space".to_owned()
    } else if c.is_control() || c.is_whitespace() {
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
    }

    #[test]
    fn offending_characters_are_named() {
        assert_eq!(offending_characters("a b\té", |c| c.is_ascii_alphabetic()).unwrap(), "space, U+0009, 'é'");
        assert_eq!(offending_characters("ab", |c| c.is_ascii_alphabetic()), None);
    }
}
