//! `plan-unknown-member`: a desired member that a describe-user User does not have.

use crate::diagnostic::{Arg, Diagnostic, Severity, Template};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "plan-unknown-member",
        severity: Severity::Warning,
        title: "Not a member of a user",
        summary: "The desired user has a member that describe-user's User has not; the plan ignores it.",
        explanation: r#"## What it checks

That every top-level member of the desired user is one of the `User` structure that describe-user
prints (`Id`, `Arn`, `Username`, `IdentityInfo`, `PhoneConfig`, `DirectoryUserId`,
`SecurityProfileIds`, `RoutingProfileId`, `HierarchyGroupId`, `Tags`, the five channel lists,
`LastModifiedTime`, `LastModifiedRegion`). `Password` has its own rule, `plan-password`.

## Why

The plan only knows how to change the members of a user. Any other member, such as a misspelt
`RoutingProfileID` or a request member like `InstanceId`, would otherwise be ignored without a
word, and the change it was meant for would not happen.

## Example

A misspelt member:

```json plan fails
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f"}}, "desired": {"RoutingProfileID": "a1b2c3d4-5678-90ab-cdef-123456789012"}}
```

Spelt as the model spells it:

```json plan passes
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f"}}, "desired": {"RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}}
```

## Fix

Spell the member as describe-user prints it, or leave it out. `LastModifiedTime` and
`LastModifiedRegion` are known and ignored: Amazon Connect sets them.

## Source

botocore `service-2.json`: the `User` structure of `DescribeUserResponse`.
"#,
    },
    messages: &[&UNKNOWN],
    helps: &[&SPELL_IT],
    check: Check::Plan,
    scope: Scope::Every,
    fix: None,
};

static UNKNOWN: Template =
    Template::new("The desired user has {name}, which is not a member of a user; the plan ignores it.");
static SPELL_IT: Template =
    Template::new("Spell the member as `aws connect describe-user` prints it, or leave it out.");

pub(crate) fn report(name: &str) -> Diagnostic {
    RULE.report(Path::root().join(name.to_owned()), &UNKNOWN).with_help(&SPELL_IT).with_arg("name", Arg::text(name))
}
