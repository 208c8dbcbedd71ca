//! `type`: a value of the wrong JSON type.

use crate::diagnostic::{Diagnostic, Edit, Severity};
use crate::model::Shape;
use crate::path::Location;
use crate::rules::text::quoted;
use crate::rules::{Check, Rule, RuleDoc};
use crate::value::{Number, Value};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        code: "type",
        severity: Severity::Error,
        title: "Wrong type",
        summary: "A value has the wrong JSON type for its member, such as a string where a boolean belongs.",
        explanation: r#"## What it checks

That each value has the type its shape needs: a string, an integer, a boolean, an object
(structures and the Tags map) or a list. `"true"` is not a boolean, `"30"` and `30.5` are not
integers, and `null` is not a value of any member. `NaN`, `Infinity` and `-Infinity` (which Python's
JSON reads, as does the AWS CLI) and a number beyond a float's range such as `1e400` are floats, so
never integers; the message names the number, or its length when it is long. A request that is not
an object at all gets this diagnostic at the request itself.

## Why

botocore checks Python types before it sends anything ("Invalid type for parameter
PhoneConfig.AutoAccept, value: true, type: <class 'str'>, valid types: <class 'bool'>"), and the
service rejects what other SDKs let through. JSON `30.0` is a float to the AWS CLI, so it fails
where `30` passes.

## Example

This fails, because the boolean is quoted:

```json fails
{"PhoneConfig": {"AutoAccept": "true"}}
```

This passes:

```json passes
{"PhoneConfig": {"AutoAccept": true}}
```

## Fix

Write the value with the right type. When the intent is unambiguous the diagnostic carries a fix: an
unquoted boolean or integer, a whole number without its `.0`, a single security profile ID wrapped in
a list, a number quoted for a string member (except a Password, whose value no fix ever contains).

## Source

botocore `service-2.json` shapes; botocore's `ParamValidator` (constraints notes §6); AWS CLI
shorthand notes §3.3 on how the CLI converts types.
"#,
    },
    check: Check::ModelWalk,
};

pub(super) fn diagnostic(shape: Shape, value: &Value, at: &Location) -> Diagnostic {
    let path = at.to_path();
    let subject = if path.is_root() { "The request".to_owned() } else { path.to_string() };
    let diagnostic = RULE.at(path.clone(), format!("{subject} must be {}, not {}.", expected(shape), given(value)));
    match remedy(shape, value) {
        Some((help, Some(fixed))) => diagnostic.with_help(help).with_fix(Edit::set(path, fixed)),
        Some((help, None)) => diagnostic.with_help(help),
        None => diagnostic,
    }
}

/// What was given: a number as itself (`the float 30.5`, `NaN`, `an integer of 5,000 digits`), so
/// that the message says which number is wrong without repeating a long one; else its kind.
fn given(value: &Value) -> String {
    match value {
        Value::Number(n) if n.is_long() || !n.as_f64().is_finite() => n.for_message(),
        Value::Number(n) if n.is_integral() => format!("the integer {n}"),
        Value::Number(n) => format!("the float {n}"),
        _ => value.kind().to_owned(),
    }
}

fn expected(shape: Shape) -> &'static str {
    match shape {
        Shape::String(_) => "a string",
        Shape::Integer(_) => "an integer",
        Shape::Boolean => "a boolean",
        Shape::Structure(_) => "an object",
        Shape::List(list) if matches!(list.member, Shape::String(_)) => "a list of strings",
        Shape::List(_) => "a list of objects",
        Shape::Map(_) => "an object of string values",
    }
}

/// The help, and the corrected value when the intent is unambiguous.
fn remedy(shape: Shape, value: &Value) -> Option<(String, Option<Value>)> {
    match (shape, value) {
        (Shape::Integer(_), Value::String(s)) => {
            let n: i64 = s.trim().parse().ok()?;
            Some((format!("Write {n} without quotes."), Some(Value::from(n))))
        }
        (Shape::Integer(integer), Value::Number(n)) => {
            let whole = n.as_f64();
            if whole.is_finite() && whole.fract() == 0.0 {
                let fixed = Number::from_js(whole);
                let help = if fixed.is_long() {
                    "Write it as a whole number, without a fraction or exponent.".to_owned()
                } else {
                    format!("Write {fixed} as a whole number, without a fraction or exponent.")
                };
                Some((help, Some(Value::Number(fixed))))
            } else if whole.is_finite() {
                Some(("Give a whole number of seconds.".to_owned(), None))
            } else {
                // NaN and the infinities come from Python's JSON (NaN, Infinity, 1e400) or JavaScript.
                let range = match integer.min {
                    Some(min) => format!(" from {min} to {}", crate::rules::phone::acw_range::maximum()),
                    None => String::new(),
                };
                Some((format!("{} is not a number of seconds: give a whole number{range}.", n.for_message()), None))
            }
        }
        (Shape::Boolean, Value::String(s)) => {
            let b = match s.to_ascii_lowercase().as_str() {
                "true" => true,
                "false" => false,
                _ => return Some(("Write true or false, without quotes.".to_owned(), None)),
            };
            Some((format!("Write {b} without quotes."), Some(Value::Bool(b))))
        }
        (Shape::List(list), Value::String(s)) if matches!(list.member, Shape::String(_)) => {
            Some((format!("Put it in a list: [{}].", quoted(s)), Some(Value::Array(vec![value.clone()]))))
        }
        (Shape::String(string), Value::Number(_) | Value::Bool(_)) if !string.conceals_value() => {
            let text = match value {
                Value::Number(n) => n.to_string(),
                _ => value.as_bool().map(|b| b.to_string()).unwrap_or_default(),
            };
            Some((format!("Write it as a string: {}.", quoted(&text)), Some(Value::String(text))))
        }
        (Shape::String(_), Value::Number(_) | Value::Bool(_)) => {
            Some(("Write it as a string, in quotes.".to_owned(), None))
        }
        (_, Value::Null) => Some(("Give a value instead of null; optional members can be left out.".to_owned(), None)),
        _ => None,
    }
}
