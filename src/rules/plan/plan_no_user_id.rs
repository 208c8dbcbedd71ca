//! `plan-no-user-id`: a current user without the Id every update call names it by.

use crate::diagnostic::{Diagnostic, Severity, Template};
use crate::path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "plan-no-user-id",
        severity: Severity::Error,
        title: "No user Id",
        summary: "The current user has no Id, which every update call needs as its UserId.",
        explanation: r#"## What it checks

That the current user has an `Id`, a non-empty string. Every update operation
(`UpdateUserIdentityInfo`, `UpdateUserPhoneConfig`, `UpdateUserConfig`,
`UpdateUserSecurityProfiles`, `UpdateUserRoutingProfile`, `UpdateUserHierarchy`) requires
`UserId`, and the plan takes it from `User.Id`.

## Why

Without it no update call can say which user it changes, so the plan has none; the tag calls,
which name the user by its `Arn`, are still planned.

## Example

A current user without an Id:

```json plan fails
{"current": {"User": {"Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f"}}, "desired": {"RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}}
```

With its Id, as describe-user prints it:

```json plan passes
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f"}}, "desired": {"RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}}
```

## Fix

Use the whole output of `aws connect describe-user` as the current user: it always has `Id`.

## Source

botocore `service-2.json`: the `User` structure (`Id`, "The identifier of the user account") and
the update operations' inputs, each requiring `UserId`.
"#,
    },
    messages: &[&NO_ID],
    helps: &[&USE_DESCRIBE_USER],
    check: Check::Plan,
    scope: Scope::Every,
    fix: None,
};

static NO_ID: Template = Template::new(
    "The current user has no Id, which the update calls need as their UserId; only tag calls are planned.",
);
static USE_DESCRIBE_USER: Template =
    Template::new("Use the whole output of `aws connect describe-user` as the current user: it has the Id.");

pub(crate) fn report() -> Diagnostic {
    RULE.report(path!["Id"], &NO_ID).with_help(&USE_DESCRIBE_USER)
}
