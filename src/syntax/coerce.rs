//! The AWS CLI's type conversion of shorthand values (`BackCompatVisitor` in awscli 1.46.3): the
//! parser yields only strings, lists and objects, and the model decides what becomes an integer,
//! a boolean or a list.

use crate::engine::{char_matches, pattern};
use crate::model::Shape;
use crate::syntax::shorthand::is_python_space;
use crate::value::{Number, Value, MAX_INT_DIGITS};

/// Converts a parsed shorthand `value` for `shape`, as the CLI does. The error is the text of the
/// Python exception the CLI prints (`invalid literal for int() with base 10: 'abc'`).
pub fn coerce(shape: Shape, value: Value) -> Result<Value, String> {
    match (shape, value) {
        (Shape::Structure(structure), Value::Object(object)) => {
            let mut coerced = Vec::with_capacity(object.len());
            for (key, member_value) in object.iter() {
                let member_value = match structure.member(key) {
                    Some(member) => coerce(member.shape, member_value.clone())?,
                    // Unknown keys are left for botocore to refuse.
                    None => member_value.clone(),
                };
                coerced.push((key.to_owned(), member_value));
            }
            Ok(Value::Object(coerced.into_iter().collect()))
        }
        (Shape::List(list), Value::Array(items)) => {
            Ok(Value::Array(items.into_iter().map(|item| coerce(list.member, item)).collect::<Result<_, _>>()?))
        }
        // `Values=a` means `["a"]`.
        (Shape::List(list), value) => Ok(Value::Array(vec![coerce(list.member, value)?])),
        (Shape::Map(map), Value::Object(entries)) => {
            let mut coerced = Vec::with_capacity(entries.len());
            for (key, entry) in entries.iter() {
                coerced.push((key.to_owned(), coerce(Shape::String(map.value), entry.clone())?));
            }
            Ok(Value::Object(coerced.into_iter().collect()))
        }
        (Shape::Integer(_), Value::String(text)) => python_int(&text).map(Value::Number),
        (Shape::Integer(_), other @ (Value::Array(_) | Value::Object(_))) => Err(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            python_type(&other)
        )),
        // Python's `value.lower() == "true"`: no character outside ASCII lowercases to a letter of
        // "true" or "false", so comparing ASCII case-insensitively is the same test.
        (Shape::Boolean, Value::String(text)) => Ok(if text.eq_ignore_ascii_case("true") {
            Value::Bool(true)
        } else if text.eq_ignore_ascii_case("false") {
            Value::Bool(false)
        } else {
            // Anything else stays a string, for botocore to refuse.
            Value::String(text)
        }),
        (Shape::Boolean, other @ (Value::Array(_) | Value::Object(_))) => {
            Err(format!("'{}' object has no attribute 'lower'", python_type(&other)))
        }
        (_, value) => Ok(value),
    }
}

fn python_type(value: &Value) -> &'static str {
    match value {
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
        _ => "str",
    }
}

/// Python's `int(text)` for base 10: surrounding whitespace, a sign, Unicode decimal digits and
/// single underscores between digits, exact however long. The error is Python's `ValueError` text.
pub fn python_int(text: &str) -> Result<Number, String> {
    let invalid = || {
        // CPython formats this with `%.200R`: the repr, cut after 200 characters.
        let repr: String = python_repr(text).chars().take(200).collect();
        format!("invalid literal for int() with base 10: {repr}")
    };
    let trimmed = text.trim_matches(is_python_space);
    let (negative, digits) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
    };
    let mut ascii = String::with_capacity(digits.len());
    let mut previous_was_digit = false;
    for c in digits.chars() {
        if c == '_' {
            if !previous_was_digit {
                return Err(invalid());
            }
            previous_was_digit = false;
            continue;
        }
        let digit = decimal_value(c).and_then(|d| char::from_digit(d, 10)).ok_or_else(invalid)?;
        ascii.push(digit);
        previous_was_digit = true;
    }
    if !previous_was_digit {
        return Err(invalid());
    }
    if ascii.len() > MAX_INT_DIGITS {
        return Err(format!(
            "Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: value has {} digits; use \
             sys.set_int_max_str_digits() to increase the limit",
            ascii.len()
        ));
    }
    Number::integer(negative, &ascii).ok_or_else(invalid)
}

/// The value of a Unicode decimal digit (general category Nd). Unicode assigns those only in
/// runs of ten, 0 to 9 in order, so a digit's value is its distance from the start of its block
/// of consecutive digits, modulo ten.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    if !is_unicode_digit(c) {
        return None;
    }
    let mut offset = 0;
    let mut code = c as u32;
    while let Some(previous) = code.checked_sub(1).and_then(char::from_u32) {
        if !is_unicode_digit(previous) {
            break;
        }
        offset += 1;
        code -= 1;
    }
    Some(offset % 10)
}

pattern!(fn is_decimal_digit_text = r"^\p{Nd}$");

fn is_unicode_digit(c: char) -> bool {
    char_matches(is_decimal_digit_text, c)
}

/// Python's `repr()` of a string, as error messages quote it.
pub fn python_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if is_python_unprintable(c) => match c as u32 {
                code @ 0..=0xff => out.push_str(&format!("\\x{code:02x}")),
                code @ 0x100..=0xffff => out.push_str(&format!("\\u{code:04x}")),
                code => out.push_str(&format!("\\U{code:08x}")),
            },
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Characters Python's `repr()` escapes beyond ASCII controls: the categories `str.isprintable()`
/// rejects (controls, format, private use, unassigned, separators other than the space; a Rust
/// string holds no surrogates).
fn is_python_unprintable(c: char) -> bool {
    c != ' ' && char_matches(is_unprintable_text, c)
}

/// The characters of [`is_python_unprintable`] and the space, as one pattern (the package's renderer
/// uses it too).
pub const PYTHON_UNPRINTABLE: &str = r"^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$";

pattern!(fn is_unprintable_text = PYTHON_UNPRINTABLE);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CREATE_USER_REQUEST, USER_PHONE_CONFIG};
    use crate::syntax::json;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn int(text: &str) -> Option<i64> {
        python_int(text).ok().and_then(|n| n.as_i64())
    }

    #[test]
    fn int_follows_python() {
        assert_eq!(int("60"), Some(60));
        assert_eq!(int(" +7 "), Some(7));
        assert_eq!(int("-0"), Some(0));
        assert_eq!(int("1_000"), Some(1000));
        assert_eq!(int("٣٠"), Some(30));
        assert_eq!(int("１２"), Some(12));
        assert_eq!(int("\u{a0}5\u{3000}"), Some(5));
        for bad in ["", " ", "abc", "1.5", "0x10", "_1", "1_", "1__0", "+", "- 1", "1e3", "NaN", "Infinity"] {
            assert_eq!(int(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn int_is_exact_up_to_pythons_digit_limit() {
        let exact = |text: &str| python_int(text).map(|n| n.to_string());
        assert_eq!(exact("99999999999999999999"), Ok("99999999999999999999".to_owned()));
        assert_eq!(exact("9007199254740993"), Ok("9007199254740993".to_owned()));
        assert_eq!(exact("-0"), Ok("0".to_owned()));
        assert_eq!(exact(&format!(" -{} ", "9".repeat(4300))), Ok(format!("-{}", "9".repeat(4300))));
        // Underscores do not count; leading zeros and Unicode digits do, as in Python 3.11.
        assert!(exact(&format!("{}1", "1_".repeat(2150))).is_ok());
        for (text, digits) in [(format!("{}1", "0".repeat(4301)), 4302), ("٣".repeat(4301), 4301)] {
            assert_eq!(
                exact(&text),
                Err(format!(
                    "Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; use \
                     sys.set_int_max_str_digits() to increase the limit"
                ))
            );
        }
    }

    #[test]
    fn coercion_follows_the_model() {
        let parsed = json::parse(
            r#"{"PhoneType":"DESK_PHONE","AutoAccept":"TRUE","AfterContactWorkTimeLimit":"60","Other":"x"}"#,
        )
        .unwrap();
        let coerced = coerce(Shape::Structure(&USER_PHONE_CONFIG), parsed).unwrap();
        assert_eq!(
            json::to_string(&coerced, None),
            r#"{"PhoneType":"DESK_PHONE","AutoAccept":true,"AfterContactWorkTimeLimit":60,"Other":"x"}"#
        );
        let yes = coerce(Shape::Boolean, Value::from("yes")).unwrap();
        assert_eq!(yes, Value::from("yes"));
        let ids = CREATE_USER_REQUEST.member("SecurityProfileIds").unwrap().shape;
        assert_eq!(json::to_string(&coerce(ids, Value::from("a")).unwrap(), None), r#"["a"]"#);
    }

    #[test]
    fn errors_are_the_python_exceptions() {
        let limit = USER_PHONE_CONFIG.member("AfterContactWorkTimeLimit").unwrap().shape;
        assert_eq!(coerce(limit, Value::from("abc")).unwrap_err(), "invalid literal for int() with base 10: 'abc'");
        assert_eq!(coerce(limit, Value::from("")).unwrap_err(), "invalid literal for int() with base 10: ''");
        assert_eq!(
            coerce(limit, Value::Array(vec![])).unwrap_err(),
            "int() argument must be a string, a bytes-like object or a real number, not 'list'"
        );
        assert_eq!(coerce(Shape::Boolean, Value::Array(vec![])).unwrap_err(), "'list' object has no attribute 'lower'");
        // Cut like CPython's `%.200R`, even inside an escape (checked against awscli 1.46.3).
        let long = coerce(limit, Value::from("\u{e9}\u{85}".repeat(150))).unwrap_err();
        let repr = long.strip_prefix("invalid literal for int() with base 10: ").unwrap();
        assert_eq!(repr.chars().count(), 200);
        assert_eq!(repr, format!("'{}\u{e9}\\x8", "\u{e9}\\x85".repeat(39)));
        assert_eq!(python_repr("it's"), "\"it's\"");
        assert_eq!(python_repr("a\nb\u{a0}"), "'a\\nb\\xa0'");
    }
}
