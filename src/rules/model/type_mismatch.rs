//! `type`: a value of the wrong JSON type.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Edit, Fix, Severity};
use crate::model::Shape;
use crate::model::MAX_AFTER_CONTACT_WORK_SECONDS;
use crate::path::Location;
use crate::rules::phone::acw_range::days;
use crate::rules::{Check, Rule, Scope};
use crate::value::{Number, Value};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
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
    messages: &[
        &MUST_BE,
        &MUST_BE_NOT_INTEGER,
        &MUST_BE_NOT_FLOAT,
        &MUST_BE_NOT_NUMBER,
        &REQUEST_MUST_BE,
        &REQUEST_MUST_BE_NOT_INTEGER,
        &REQUEST_MUST_BE_NOT_FLOAT,
        &REQUEST_MUST_BE_NOT_NUMBER,
    ],
    helps: &[
        &UNQUOTE_INTEGER,
        &WHOLE_NUMBER,
        &WRITE_IT_WHOLE,
        &WHOLE_SECONDS,
        &NOT_SECONDS,
        &UNQUOTE_BOOLEAN,
        &TRUE_OR_FALSE,
        &PUT_IN_LIST,
        &AS_STRING_SHOWN,
        &AS_STRING_WHOLE,
        &AS_STRING,
        &NOT_NULL,
    ],
    check: Check::ModelWalk,
    scope: Scope::Every,
    fix: Some(fix),
};

// What was given: a number as itself (`the float 30.5`, `NaN`, `an integer of 5,000 digits`), so
// that the message says which number is wrong without repeating a long one; else its kind.
static MUST_BE: Template = Template::new("{path} must be {expected}, not {actual}.");
static MUST_BE_NOT_INTEGER: Template = Template::new("{path} must be {expected}, not the integer {number}.");
static MUST_BE_NOT_FLOAT: Template = Template::new("{path} must be {expected}, not the float {number}.");
static MUST_BE_NOT_NUMBER: Template = Template::new("{path} must be {expected}, not {number}.");
static REQUEST_MUST_BE: Template = Template::new("The request must be {expected}, not {actual}.");
static REQUEST_MUST_BE_NOT_INTEGER: Template =
    Template::new("The request must be {expected}, not the integer {number}.");
static REQUEST_MUST_BE_NOT_FLOAT: Template = Template::new("The request must be {expected}, not the float {number}.");
static REQUEST_MUST_BE_NOT_NUMBER: Template = Template::new("The request must be {expected}, not {number}.");
static UNQUOTE_INTEGER: Template = Template::new("Write {value} without quotes.");
static WHOLE_NUMBER: Template = Template::new("Write {value} as a whole number, without a fraction or exponent.");
static WRITE_IT_WHOLE: Template = Template::new("Write it as a whole number, without a fraction or exponent.");
static WHOLE_SECONDS: Template = Template::new("Give a whole number of seconds.");
static NOT_SECONDS: Template = Template::new(
    "{value} is not a number of seconds: give a whole number from {min} to {max:thousands} (about {days} days).",
);
static UNQUOTE_BOOLEAN: Template = Template::new("Write {value} without quotes.");
static TRUE_OR_FALSE: Template = Template::new("Write true or false, without quotes.");
static PUT_IN_LIST: Template = Template::new("Put it in a list: [{value}].");
static AS_STRING_SHOWN: Template = Template::new("Write it as a string: \"{value}\".");
static AS_STRING_WHOLE: Template = Template::new("Write it as a string, in quotes; the fix writes it whole.");
static AS_STRING: Template = Template::new("Write it as a string, in quotes.");
static NOT_NULL: Template = Template::new("Give a value instead of null; optional members can be left out.");

pub(super) fn diagnostic(shape: Shape, value: &Value, at: &Location) -> Diagnostic {
    let path = at.to_path();
    let root = path.is_root();
    let pick = |nested, at_root| if root { at_root } else { nested };
    let diagnostic = match value {
        Value::Number(n) if n.is_long() || !n.is_finite() => {
            RULE.report(path, pick(&MUST_BE_NOT_NUMBER, &REQUEST_MUST_BE_NOT_NUMBER))
        }
        Value::Number(n) if n.is_integral() => {
            RULE.report(path, pick(&MUST_BE_NOT_INTEGER, &REQUEST_MUST_BE_NOT_INTEGER))
        }
        Value::Number(_) => RULE.report(path, pick(&MUST_BE_NOT_FLOAT, &REQUEST_MUST_BE_NOT_FLOAT)),
        _ => RULE.report(path, pick(&MUST_BE, &REQUEST_MUST_BE)).with_arg("actual", Arg::word(value.kind())),
    };
    let diagnostic = match value {
        Value::Number(n) => diagnostic.with_arg("number", Arg::Number(n.clone())),
        _ => diagnostic,
    }
    .with_arg("expected", Arg::word(expected(shape)));
    let Some(remedy) = remedy(shape, value) else { return diagnostic };
    let fixable = remedy.fixed(value).is_some();
    let diagnostic =
        remedy.shown.into_iter().fold(diagnostic.with_help(remedy.help), |d, (name, arg)| d.with_arg(name, arg));
    if fixable {
        diagnostic.fixable()
    } else {
        diagnostic
    }
}

/// The corrected value, when the help names one.
fn fix(diagnostic: &Diagnostic, request: &Value) -> Option<Fix> {
    let value = diagnostic.path.find_in(request)?;
    let remedy = Remedy { help: diagnostic.help_template?, shown: Vec::new() };
    Some(Edit::set(diagnostic.path.clone(), remedy.fixed(value)?).into())
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

/// What the help says to do, and the arguments it shows.
struct Remedy {
    help: &'static Template,
    shown: Vec<(&'static str, Arg)>,
}

fn remedy(shape: Shape, value: &Value) -> Option<Remedy> {
    let remedy = |help, shown: Vec<(&'static str, Arg)>| Some(Remedy { help, shown });
    match (shape, value) {
        (Shape::Integer(_), Value::String(s)) => {
            let n: i64 = s.trim().parse().ok()?;
            remedy(&UNQUOTE_INTEGER, vec![("value", Arg::Int(n))])
        }
        (Shape::Integer(integer), Value::Number(n)) => match whole(n) {
            Some(fixed) if fixed.is_long() => remedy(&WRITE_IT_WHOLE, Vec::new()),
            Some(fixed) => remedy(&WHOLE_NUMBER, vec![("value", Arg::Number(fixed))]),
            None if n.is_finite() => remedy(&WHOLE_SECONDS, Vec::new()),
            // NaN and the infinities come from Python's JSON (NaN, Infinity, 1e400) or JavaScript.
            None => remedy(
                &NOT_SECONDS,
                vec![
                    ("value", Arg::Number(n.clone())),
                    ("min", Arg::Int(integer.min.unwrap_or(0))),
                    ("max", Arg::Int(MAX_AFTER_CONTACT_WORK_SECONDS)),
                    ("days", Arg::Int(days())),
                ],
            ),
        },
        (Shape::Boolean, Value::String(s)) => match boolean(s) {
            Some(b) => remedy(&UNQUOTE_BOOLEAN, vec![("value", Arg::word(if b { "true" } else { "false" }))]),
            None => remedy(&TRUE_OR_FALSE, Vec::new()),
        },
        (Shape::List(list), Value::String(s)) if matches!(list.member, Shape::String(_)) => {
            remedy(&PUT_IN_LIST, vec![("value", Arg::text(s))])
        }
        // A long number would show cut short.
        (Shape::String(string), Value::Number(n)) if !string.conceals_value() && n.is_long() => {
            remedy(&AS_STRING_WHOLE, Vec::new())
        }
        (Shape::String(string), Value::Number(n)) if !string.conceals_value() => {
            remedy(&AS_STRING_SHOWN, vec![("value", Arg::Number(n.clone()))])
        }
        (Shape::String(string), Value::Bool(b)) if !string.conceals_value() => {
            remedy(&AS_STRING_SHOWN, vec![("value", Arg::word(if *b { "true" } else { "false" }))])
        }
        (Shape::String(_), Value::Number(_) | Value::Bool(_)) => remedy(&AS_STRING, Vec::new()),
        (_, Value::Null) => remedy(&NOT_NULL, Vec::new()),
        _ => None,
    }
}

impl Remedy {
    /// The value the help asks for in place of `value`, when it names one.
    fn fixed(&self, value: &Value) -> Option<Value> {
        let help = self.help;
        if std::ptr::eq(help, &UNQUOTE_INTEGER) {
            value.as_str()?.trim().parse::<i64>().ok().map(Value::from)
        } else if std::ptr::eq(help, &WHOLE_NUMBER) || std::ptr::eq(help, &WRITE_IT_WHOLE) {
            whole(value.as_number()?).map(Value::Number)
        } else if std::ptr::eq(help, &UNQUOTE_BOOLEAN) {
            boolean(value.as_str()?).map(Value::Bool)
        } else if std::ptr::eq(help, &PUT_IN_LIST) {
            Some(Value::Array(vec![value.clone()]))
        } else if std::ptr::eq(help, &AS_STRING_SHOWN) || std::ptr::eq(help, &AS_STRING_WHOLE) {
            match value {
                Value::Number(n) => Some(Value::String(n.to_string())),
                Value::Bool(b) => Some(Value::String(b.to_string())),
                _ => None,
            }
        } else {
            None
        }
    }
}

/// A number that is whole but written with a fraction or an exponent, as a whole number.
fn whole(n: &Number) -> Option<Number> {
    let value = n.as_float()?;
    (value.is_finite() && value.fract() == 0.0).then(|| Number::from_js(value))
}

fn boolean(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}
