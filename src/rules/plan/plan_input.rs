//! `plan-input`: a side of the plan that is not a user.

use crate::diagnostic::{Arg, Diagnostic, Severity, Template};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "plan-input",
        severity: Severity::Error,
        title: "Not a user",
        summary: "The current or desired user of a plan is not a describe-user document or its User object.",
        explanation: r#"## What it checks

That both users handed to `planUserUpdate` (and `connect-user-validator plan`) are objects: the
whole document `aws connect describe-user` prints, `{"User": {…}}`, or its `User` object. An object
with a `User` member is read as the document, so its `User` must be an object too.

## Why

The plan compares the two users member by member. Anything else (null, a string, a list, a
document whose `User` is not an object) has no members to compare, so no call is planned.

## Example

A desired user that is a list plans nothing:

```json plan fails
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f"}}, "desired": []}
```

Both sides as describe-user prints them, or as the bare `User` object, are read:

```json plan passes
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f"}}, "desired": {"RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}}
```

## Fix

Pass the output of `aws connect describe-user --instance-id … --user-id …` as the current user,
and the same document (or its `User` object) edited as the desired one.

## Source

botocore `service-2.json`: `DescribeUserResponse` (`User`) and the `User` structure.
"#,
    },
    messages: &[&NOT_A_USER],
    helps: &[&GIVE_A_USER],
    check: Check::Plan,
    scope: Scope::Every,
    fix: None,
};

static NOT_A_USER: Template =
    Template::new("The {side} user is {kind}, not a describe-user document ({{\"User\": {{…}}}}) or its User object.");
static GIVE_A_USER: Template =
    Template::new("Give what `aws connect describe-user` prints, or its User object; no call is planned until then.");

/// `side` is "current" or "desired"; `kind` says what it is instead ("a list", "null", …).
pub(crate) fn report(side: &'static str, kind: &'static str) -> Diagnostic {
    RULE.report(Path::root(), &NOT_A_USER)
        .with_help(&GIVE_A_USER)
        .with_arg("side", Arg::word(side))
        .with_arg("kind", Arg::word(kind))
}
