//! `length`: a string longer or shorter than the model allows.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::StringShape;
use crate::path::Location;
use crate::rules::text::count;
use crate::rules::{Check, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
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
    check: Check::ModelWalk,
};

pub(super) fn check_string(shape: &StringShape, value: &str, at: &Location, out: &mut Vec<Diagnostic>) {
    if let Some(problem) = problem(shape, value) {
        let path = at.to_path();
        out.push(RULE.at(path.clone(), format!("{path} {problem}.")));
    }
}

pub(super) fn check_map_key(shape: &StringShape, key: &str, at: &Location, out: &mut Vec<Diagnostic>) {
    if let Some(problem) = problem(shape, key) {
        let path = at.to_path();
        out.push(RULE.at(path, format!("The tag key {problem}.")));
    }
}

/// "has 0 characters; it must have 1–100", or `None` when the length fits.
fn problem(shape: &StringShape, value: &str) -> Option<String> {
    let min = shape.min.unwrap_or(0);
    let length = value.chars().count();
    let limits = match shape.max {
        Some(max) if length > max => format!("at most {max}"),
        _ if length < min => format!("at least {min}"),
        _ => return None,
    };
    Some(format!("has {}; it must have {limits}", count(length, "character")))
}
