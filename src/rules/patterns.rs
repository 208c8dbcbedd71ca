//! The patterns rules share, compiled once. Where the service means ASCII the classes say so
//! (`[0-9]`, not `\d`), so `+١٢٣` is not a phone number.

use crate::engine::{char_matches, pattern};

/// E.164: `+`, a non-zero digit, then 1–14 more digits, as `SensitivePhoneNumber`'s pattern
/// `^\+[1-9][0-9]{1,14}$` says and the double-escaped `PhoneNumber` pattern means. Checked by hand
/// because the pattern is that simple: in a browser the pattern engine is a call into JavaScript.
pub(crate) fn is_e164(s: &str) -> bool {
    match s.as_bytes() {
        [b'+', b'1'..=b'9', rest @ ..] => (1..=14).contains(&rest.len()) && rest.iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

pattern! {
    /// The documented SecondaryEmail pattern `[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,63}`,
    /// anchored at both ends.
    fn matches_documented_email = r"^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,63}$"
}

/// The documented SecondaryEmail pattern, plus its 265-character limit.
pub(crate) fn is_documented_email(s: &str) -> bool {
    s.chars().count() <= crate::model::MAX_SECONDARY_EMAIL_CHARS && matches_documented_email(s)
}

pattern! {
    /// Anything shaped like `local@domain.tld`, without spaces: the looser check for the primary
    /// Email, which has no documented pattern.
    pub(crate) fn looks_like_email = r"^[^@ \t\n\r\x0B\x0C]+@[^@ \t\n\r\x0B\x0C]+\.[^@ \t\n\r\x0B\x0C.]+$"
}

/// A character the SAML username class `[a-zA-Z0-9_.@-]` allows.
pub(crate) fn is_username_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '@' | '-')
}

pattern! {
    /// A tag key made only of the TagKey class `[\p{L}\p{Z}\p{N}_.:/=+\-@]` (the `aws:` prefix is
    /// checked separately).
    fn has_tag_key_characters = r"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$"
}

/// A character the TagKey class allows. ASCII is decided here, without the pattern engine (in a
/// browser, a call into JavaScript per character): there the class is letters, digits, the space
/// and `_.:/=+-@`.
pub(crate) fn is_tag_key_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || matches!(c, ' ' | '_' | '.' | ':' | '/' | '=' | '+' | '-' | '@');
    }
    char_matches(has_tag_key_characters, c)
}

/// Whether every character of a tag key is in the TagKey class.
pub(crate) fn is_tag_key_text(key: &str) -> bool {
    if key.is_ascii() {
        return key.chars().all(is_tag_key_char);
    }
    has_tag_key_characters(key)
}

/// A Connect identifier: a UUID, 8-4-4-4-12 hex digits in either case, checked by hand like
/// [`is_e164`].
pub(crate) fn is_connect_id(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.len() == 36
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| if matches!(i, 8 | 13 | 18 | 23) { *b == b'-' } else { b.is_ascii_hexdigit() })
}

/// Whether `s` is in Unicode Normalization Form C. ASCII text always is.
pub(crate) fn is_nfc(s: &str) -> bool {
    s.is_ascii() || crate::engine::is_nfc(s)
}
/// `s` in Unicode Normalization Form C.
pub(crate) use crate::engine::to_nfc;

/// The first five distinct characters of `s` that `allowed` rejects, if any.
pub(crate) fn offending_characters(s: &str, allowed: impl Fn(char) -> bool) -> Option<Vec<char>> {
    let mut seen: Vec<char> = Vec::new();
    for c in s.chars().filter(|&c| !allowed(c)) {
        if !seen.contains(&c) {
            seen.push(c);
        }
        if seen.len() == 5 {
            break;
        }
    }
    (!seen.is_empty()).then_some(seen)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn e164_is_ascii_and_anchored() {
        assert!(is_e164("+15555551212"));
        assert!(is_e164("+12"));
        assert!(!is_e164("+1"));
        assert!(!is_e164("+0123"));
        assert!(!is_e164("+1234567890123456"));
        assert!(!is_e164("x+15555551212"));
        assert!(!is_e164("+1555555121\n"));
        assert!(!is_e164("+١٢٣"));
        assert!(!is_e164("15555551212"));
    }

    #[test]
    fn documented_email_is_anchored() {
        assert!(is_documented_email("mary.major@example.com"));
        assert!(!is_documented_email("mary@example"));
        assert!(!is_documented_email("mary@example.com trailing"));
        assert!(!is_documented_email("märy@example.com"));
        let at_limit = format!("{}@example.com", "a".repeat(253));
        assert!(is_documented_email(&at_limit));
        let long = format!("{}@example.com", "a".repeat(254));
        assert!(!is_documented_email(&long));
    }

    #[test]
    fn tag_key_class_uses_unicode_categories() {
        for c in ['a', 'É', 'ß', '中', '٣', ' ', '\u{3000}', '_', '.', ':', '/', '=', '+', '-', '@'] {
            assert!(is_tag_key_char(c), "{c:?}");
        }
        for c in ['!', '#', '*', ',', '\t', '😀', '\u{301}'] {
            assert!(!is_tag_key_char(c), "{c:?}");
        }
    }

    #[test]
    fn the_ascii_tag_key_shortcut_agrees_with_the_pattern() {
        for c in (0u8..0x80).map(char::from) {
            assert_eq!(is_tag_key_char(c), char_matches(has_tag_key_characters, c), "{c:?}");
        }
        assert!(is_tag_key_text("cost center_2=a+b@c.d:e/f-g") && is_tag_key_text("部門 1"));
        assert!(!is_tag_key_text("a#b") && !is_tag_key_text("a\tb") && !is_tag_key_text("😀"));
    }

    const E164_PATTERN: &str = r"^\+[1-9][0-9]{1,14}$";
    const CONNECT_ID_PATTERN: &str = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    /// `text` with each character replaced, in turn, by each of `replacements`, and with each
    /// character removed and doubled: the near misses of a string that matches.
    fn near_misses(text: &str, replacements: &[char]) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut out = vec![text.to_string(), format!("{text}\n"), format!(" {text}")];
        for i in 0..chars.len() {
            let with = |middle: &[char]| chars[..i].iter().chain(middle).chain(&chars[i + 1..]).collect::<String>();
            out.extend(replacements.iter().map(|c| with(&[*c])));
            out.push(with(&[]));
            out.push(with(&[chars[i], chars[i]]));
        }
        out
    }

    /// The hand-written checks say what the patterns they stand for say.
    #[test]
    fn hand_checks_agree_with_their_patterns() {
        for (check, pattern, matching, replacements) in [
            (is_e164 as fn(&str) -> bool, E164_PATTERN, "+123456789012345", &['+', '0', '1', '9', 'a', '١', '-'][..]),
            (is_e164, E164_PATTERN, "+12", &['+', '0', '1', 'a'][..]),
            (
                is_connect_id,
                CONNECT_ID_PATTERN,
                "0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
                &['-', '0', 'f', 'F', 'g', 'G', 'é'][..],
            ),
        ] {
            let compiled = crate::engine::Pattern::new(pattern);
            for text in near_misses(matching, replacements) {
                assert_eq!(check(&text), compiled.is_match(&text), "{pattern} on {text:?}");
            }
        }
    }

    #[test]
    fn connect_ids_are_uuids() {
        assert!(is_connect_id("a1b2c3d4-5678-90ab-cdef-123456789012"));
        assert!(is_connect_id("A1B2C3D4-5678-90AB-CDEF-123456789012"));
        assert!(!is_connect_id("a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"));
        assert!(!is_connect_id("12345678-1111-2222-aaaa-a1b2c3d4f5g7"));
    }
}
