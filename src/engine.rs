//! Regular expressions, Unicode normalization, and reading and writing decimal doubles, from the
//! platform.
//!
//! Natively they come from the `regex` and `unicode-normalization` crates and Rust's own float
//! formatting and parsing. In WebAssembly they come from the JavaScript engine (`RegExp` with the
//! `u` flag, `String.prototype.normalize`, `toExponential()` for a double's shortest digits,
//! `Number()` to read a decimal), which already carries the Unicode tables and float conversions,
//! so the shipped `.wasm` does not carry them again: that halves its size. The patterns are written
//! once, in the syntax both engines read the same way, and the same tests run against both builds.

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

    pub(crate) fn parse_float(decimal: &str) -> f64 {
        decimal.parse().unwrap_or(f64::NAN)
    }
}

#[cfg(target_arch = "wasm32")]
mod platform {
    use wasm_bindgen::prelude::{wasm_bindgen, JsValue};
    use wasm_bindgen::JsCast;

    // Declared here rather than taken from js-sys, whose runtime (futures, closures) the .wasm
    // would otherwise carry.
    #[wasm_bindgen]
    extern "C" {
        /// A JavaScript `RegExp`.
        type RegExp;

        #[wasm_bindgen(constructor)]
        fn new(pattern: &str, flags: &str) -> RegExp;

        #[wasm_bindgen(method)]
        fn test(this: &RegExp, text: &str) -> bool;

        /// A JavaScript string.
        type Text;

        #[wasm_bindgen(method)]
        fn normalize(this: &Text, form: &str) -> String;

        /// A JavaScript number.
        type Double;

        /// `Number.prototype.toExponential` without an argument: as many digits as it takes to
        /// read back as the same double, and no more.
        #[wasm_bindgen(method, js_name = toExponential)]
        fn to_exponential(this: &Double) -> String;

        /// `Number(text)`: JavaScript reads a decimal as Python does, to the nearest double.
        #[wasm_bindgen(js_name = Number)]
        fn number(text: &str) -> f64;
    }

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
        to_nfc(text) == text
    }

    pub(crate) fn to_nfc(text: &str) -> String {
        JsValue::from_str(text).unchecked_into::<Text>().normalize("NFC")
    }

    pub(crate) fn shortest_scientific(value: f64) -> String {
        JsValue::from_f64(value).unchecked_into::<Double>().to_exponential()
    }

    pub(crate) fn parse_float(decimal: &str) -> f64 {
        number(decimal)
    }
}

pub(crate) use platform::{is_nfc, parse_float, shortest_scientific, to_nfc, Pattern};

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
    fn decimals_read_and_write_alike() {
        assert_eq!(super::parse_float("0.1"), 0.1);
        // The largest subnormal, a famous case for float readers.
        assert_eq!(super::parse_float("2.2250738585072011e-308"), f64::from_bits(0x000F_FFFF_FFFF_FFFF));
        assert_eq!(super::parse_float("1e400"), f64::INFINITY);
        assert_eq!(super::shortest_scientific(0.1), "1e-1");
        assert_eq!(super::shortest_scientific(1.5e21).replace("e+", "e"), "1.5e21");
    }

    #[test]
    fn normalization_composes() {
        assert!(!super::is_nfc("Zoe\u{308}"));
        assert_eq!(super::to_nfc("Zoe\u{308}"), "Zoë");
        assert!(super::is_nfc("Zoë 😀"));
    }
}
