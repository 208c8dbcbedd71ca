//! `length`: a string longer or shorter than the model allows.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::model::StringShape;
use crate::path::Location;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "length",
        severity: Severity::Error,
        title: "String length out of range",
        summary: "A string is shorter or longer than the service model allows.",
        explanation: r#"## What it checks

String lengths against the model, counted in Unicode characters (code points): `InstanceId` 1–100,
`Username` 1–100, `IdentityInfo.FirstName` at most 255, `IdentityInfo.LastName` at most 300, tag keys
1–128 and tag values at most 256.

The tighter limits that depend on the identity-management type are separate rules:
`username-length` (20, or 64 with SAML) and `name-length` (LastName 256 with CONNECT_MANAGED).

## Why

botocore enforces the minimums before sending ("Invalid length for parameter Username, value: 0,
valid min length: 1") and the service enforces the maximums, which botocore does not check.

## Example

This fails, because the tag key is empty:

```json fails
{"Tags": {"": "support"}}
```

This passes:

```json passes
{"Tags": {"Department": "support"}}
```

## Fix

Shorten or fill in the value.

## Source

botocore `service-2.json` (`InstanceId`, `AgentUsername`, `AgentFirstName`, `AgentLastName`,
`TagKey`, `TagValue`); constraints notes §3 and §6. Smithy measures lengths in Unicode scalar values.
"#,
    },
    messages: &[&TOO_LONG, &TOO_SHORT, &TAG_KEY_TOO_LONG, &TAG_KEY_TOO_SHORT],
    helps: &[],
    check: Check::ModelWalk,
    scope: Scope::Every,
    fix: None,
};

static TOO_LONG: Template = Template::new("{path} has {length:count character}; it must have at most {limit}.");
static TOO_SHORT: Template = Template::new("{path} has {length:count character}; it must have at least {limit}.");
static TAG_KEY_TOO_LONG: Template =
    Template::new("The tag key has {length:count character}; it must have at most {limit}.");
static TAG_KEY_TOO_SHORT: Template =
    Template::new("The tag key has {length:count character}; it must have at least {limit}.");

pub(super) fn check_string(shape: &StringShape, value: &str, at: &Location, out: &mut Vec<Diagnostic>) {
    if let Some((too_long, length, limit)) = problem(shape, value) {
        let message = if too_long { &TOO_LONG } else { &TOO_SHORT };
        out.push(report(message, at, length, limit));
    }
}

pub(super) fn check_map_key(shape: &StringShape, key: &str, at: &Location, out: &mut Vec<Diagnostic>) {
    if let Some((too_long, length, limit)) = problem(shape, key) {
        let message = if too_long { &TAG_KEY_TOO_LONG } else { &TAG_KEY_TOO_SHORT };
        out.push(report(message, at, length, limit));
    }
}

fn report(message: &'static Template, at: &Location, length: usize, limit: usize) -> Diagnostic {
    RULE.report(at.to_path(), message).with_arg("length", Arg::count(length)).with_arg("limit", Arg::count(limit))
}

/// Whether the value is too long (or else too short), its length and the limit it breaks.
fn problem(shape: &StringShape, value: &str) -> Option<(bool, usize, usize)> {
    let min = shape.min.unwrap_or(0);
    // A character takes 1 to 4 bytes: the byte length alone often settles it, without counting.
    let (bytes, max) = (value.len(), shape.max.unwrap_or(usize::MAX));
    if bytes <= max && bytes >= min.saturating_mul(4) {
        return None;
    }
    let length = value.chars().count();
    match shape.max {
        Some(max) if length > max => Some((true, length, max)),
        _ if length < min => Some((false, length, min)),
        _ => None,
    }
}
