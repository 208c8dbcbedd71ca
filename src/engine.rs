//! Regular expressions, Unicode normalization and the shortest digits of a double, from the
//! platform.
//!
//! Natively they come from the `regex` and `unicode-normalization` crates. In WebAssembly they come
//! from the JavaScript engine (`RegExp` with the `u` flag, `String.prototype.normalize`), which
//! already carries the Unicode tables, so the shipped `.wasm` does not carry them again: that
//! halves its size. Likewise the engine's `toExponential()` writes a double's shortest digits,
//! which spares the `.wasm` Rust's float formatting. The patterns are written once, in the syntax both engines read the same way,
//! and the same tests run against both builds.

/// Defines `fn NAME(text: &str) -> bool`: whether all of `text` matches PATTERN (anchor it).
/// Each pattern is compiled once per thread, on first use.
macro_rules! pattern {
    ($(#[$doc:meta])* $vis:vis fn $name:ident = $pattern:expr) => {
        $(#[$doc])*
        $vis fn $name(text: &str) -> bool {
            thread_local! {
                static COMPILED: $crate::engine::Pattern = $crate::engine::Pattern::new($pattern);
            }
            COMPILED.with(|compiled| compiled.is_match(text))
        }
    };
}
pub(crate) use pattern;

/// Whether one character matches a single-character pattern.
pub(crate) fn char_matches(matches: impl Fn(&str) -> bool, c: char) -> bool {
    let mut buffer = [0u8; 4];
    matches(c.encode_utf8(&mut buffer))
}

#[cfg(not(target_arch = "wasm32"))]
mod platform {
    /// A compiled pattern.
    pub(crate) struct Pattern(regex::Regex);

    impl Pattern {
        pub(crate) fn new(pattern: &str) -> Self {
            Pattern(regex::Regex::new(pattern).expect("the built-in patterns are valid"))
        }

        pub(crate) fn is_match(&self, text: &str) -> bool {
            self.0.is_match(text)
        }
    }

    pub(crate) fn is_nfc(text: &str) -> bool {
        unicode_normalization::is_nfc(text)
    }

    pub(crate) fn to_nfc(text: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        text.nfc().collect()
    }

    pub(crate) fn shortest_scientific(value: f64) -> String {
        format!("{value:e}")
    }
}

#[cfg(target_arch = "wasm32")]
mod platform {
    use js_sys::{JsString, RegExp};

    /// A compiled pattern: a JavaScript `RegExp` with the `u` flag and without `g`, so `test`
    /// keeps no state between calls.
    pub(crate) struct Pattern(RegExp);

    impl Pattern {
        pub(crate) fn new(pattern: &str) -> Self {
            Pattern(RegExp::new(pattern, "u"))
        }

        pub(crate) fn is_match(&self, text: &str) -> bool {
            self.0.test(text)
        }
    }

    pub(crate) fn is_nfc(text: &str) -> bool {
        JsString::from(text).normalize("NFC") == text
    }

    pub(crate) fn to_nfc(text: &str) -> String {
        JsString::from(text).normalize("NFC").into()
    }

    use wasm_bindgen::prelude::{wasm_bindgen, JsValue};
    use wasm_bindgen::JsCast;

    #[wasm_bindgen]
    extern "C" {
        /// A JavaScript number.
        type Double;

        /// `Number.prototype.toExponential` without an argument: as many digits as it takes to
        /// read back as the same double, and no more.
        #[wasm_bindgen(method, js_name = toExponential)]
        fn to_exponential(this: &Double) -> String;
    }

    pub(crate) fn shortest_scientific(value: f64) -> String {
        JsValue::from_f64(value).unchecked_into::<Double>().to_exponential()
    }
}

pub(crate) use platform::{is_nfc, shortest_scientific, to_nfc, Pattern};

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    pattern!(fn phone_like = r"^\+[1-9][0-9]{1,14}$");
    pattern!(fn letter_or_number = r"^[\p{L}\p{N}]$");

    #[test]
    fn both_engines_read_the_patterns_alike() {
        assert!(phone_like("+15555551212"));
        assert!(!phone_like("+15555551212\n"));
        assert!(!phone_like("+١٢٣"));
        assert!(super::char_matches(letter_or_number, 'ß'));
        assert!(super::char_matches(letter_or_number, '٣'));
        assert!(!super::char_matches(letter_or_number, '😀'));
    }

    #[test]
    fn normalization_composes() {
        assert!(!super::is_nfc("Zoe\u{308}"));
        assert_eq!(super::to_nfc("Zoe\u{308}"), "Zoë");
        assert!(super::is_nfc("Zoë 😀"));
    }
}
