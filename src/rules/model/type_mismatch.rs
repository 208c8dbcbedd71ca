//! `type`: a value of the wrong JSON type.

use crate::diagnostic::{Arg, Diagnostic, Edit, Fix, Severity};
use crate::model::Shape;
use crate::path::Location;
use crate::render::Template;
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
integers, and `null` is not a value of any member. A request that is not an object at all gets this
diagnostic at the request itself.

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
    messages: &[&MUST_BE, &REQUEST_MUST_BE],
    helps: &[
        &UNQUOTE_INTEGER,
        &WHOLE_NUMBER,
        &WHOLE_SECONDS,
        &UNQUOTE_BOOLEAN,
        &TRUE_OR_FALSE,
        &PUT_IN_LIST,
        &AS_STRING_SHOWN,
        &AS_STRING,
        &NOT_NULL,
    ],
    check: Check::ModelWalk,
    fix: Some(fix),
};

static MUST_BE: Template = Template("{path} must be {expected}, not {actual}.");
static REQUEST_MUST_BE: Template = Template("The request must be {expected}, not {actual}.");
static UNQUOTE_INTEGER: Template = Template("Write {value} without quotes.");
static WHOLE_NUMBER: Template = Template("Write {value} as a whole number, without a fraction or exponent.");
static WHOLE_SECONDS: Template = Template("Give a whole number of seconds.");
static UNQUOTE_BOOLEAN: Template = Template("Write {value} without quotes.");
static TRUE_OR_FALSE: Template = Template("Write true or false, without quotes.");
static PUT_IN_LIST: Template = Template("Put it in a list: [{value}].");
static AS_STRING_SHOWN: Template = Template("Write it as a string: \"{value}\".");
static AS_STRING: Template = Template("Write it as a string, in quotes.");
static NOT_NULL: Template = Template("Give a value instead of null; optional members can be left out.");

pub(super) fn diagnostic(shape: Shape, value: &Value, at: &Location) -> Diagnostic {
    let path = at.to_path();
    let message = if path.is_root() { &REQUEST_MUST_BE } else { &MUST_BE };
    let diagnostic = RULE
        .report(path, message)
        .with_arg("expected", Arg::word(expected(shape)))
        .with_arg("actual", Arg::word(value.kind()));
    let Some(remedy) = remedy(shape, value) else { return diagnostic };
    let fixable = remedy.fixed(value).is_some();
    let diagnostic = diagnostic.with_help(remedy.help);
    let diagnostic = match remedy.shown {
        Some(shown) => diagnostic.with_arg("value", shown),
        None => diagnostic,
    };
    if fixable {
        diagnostic.fixable()
    } else {
        diagnostic
    }
}

/// The corrected value, when the help names one.
fn fix(diagnostic: &Diagnostic, request: &Value) -> Option<Fix> {
    let value = diagnostic.path.find_in(request)?;
    let remedy = Remedy { help: diagnostic.help_template?, shown: None };
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

/// What the help says to do, and the value it shows.
struct Remedy {
    help: &'static Template,
    shown: Option<Arg>,
}

fn remedy(shape: Shape, value: &Value) -> Option<Remedy> {
    let remedy = |help, shown| Some(Remedy { help, shown });
    match (shape, value) {
        (Shape::Integer(_), Value::String(s)) => {
            let n: i64 = s.trim().parse().ok()?;
            remedy(&UNQUOTE_INTEGER, Some(Arg::Int(n)))
        }
        (Shape::Integer(_), Value::Number(n)) => match whole(*n) {
            Some(fixed) => remedy(&WHOLE_NUMBER, Some(Arg::Number(fixed))),
            None => remedy(&WHOLE_SECONDS, None),
        },
        (Shape::Boolean, Value::String(s)) => match boolean(s) {
            Some(b) => remedy(&UNQUOTE_BOOLEAN, Some(Arg::word(if b { "true" } else { "false" }))),
            None => remedy(&TRUE_OR_FALSE, None),
        },
        (Shape::List(list), Value::String(s)) if matches!(list.member, Shape::String(_)) => {
            remedy(&PUT_IN_LIST, Some(Arg::text(s)))
        }
        (Shape::String(string), Value::Number(n)) if !string.conceals_value() => {
            remedy(&AS_STRING_SHOWN, Some(Arg::Number(*n)))
        }
        (Shape::String(string), Value::Bool(b)) if !string.conceals_value() => {
            remedy(&AS_STRING_SHOWN, Some(Arg::word(if *b { "true" } else { "false" })))
        }
        (Shape::String(_), Value::Number(_) | Value::Bool(_)) => remedy(&AS_STRING, None),
        (_, Value::Null) => remedy(&NOT_NULL, None),
        _ => None,
    }
}

impl Remedy {
    /// The value the help asks for in place of `value`, when it names one.
    fn fixed(&self, value: &Value) -> Option<Value> {
        let help = self.help;
        if std::ptr::eq(help, &UNQUOTE_INTEGER) {
            value.as_str()?.trim().parse::<i64>().ok().map(Value::from)
        } else if std::ptr::eq(help, &WHOLE_NUMBER) {
            whole(value.as_number()?).map(Value::Number)
        } else if std::ptr::eq(help, &UNQUOTE_BOOLEAN) {
            boolean(value.as_str()?).map(Value::Bool)
        } else if std::ptr::eq(help, &PUT_IN_LIST) {
            Some(Value::Array(vec![value.clone()]))
        } else if std::ptr::eq(help, &AS_STRING_SHOWN) {
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
fn whole(n: Number) -> Option<Number> {
    let value = n.as_f64();
    (value.is_finite() && value.fract() == 0.0).then(|| Number::from_js(value))
}

fn boolean(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}
