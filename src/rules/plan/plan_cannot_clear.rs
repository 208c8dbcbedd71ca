//! `plan-cannot-clear`: the desired user removes a member that a user must keep.

use crate::diagnostic::{Diagnostic, Severity, Template};
use crate::path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "plan-cannot-clear",
        severity: Severity::Error,
        title: "Cannot be removed",
        summary: "The desired user removes RoutingProfileId, SecurityProfileIds or PhoneConfig, which no operation removes.",
        explanation: r#"## What it checks

That the desired user does not set to null (or, for `SecurityProfileIds`, to an empty list) a
member that a user always has.

## Why

- `UpdateUserRoutingProfile` requires `RoutingProfileId`: a user always has a routing profile.
- `UpdateUserSecurityProfiles` requires `SecurityProfileIds`, with 1 to 10 of them: a user always
  has a security profile.
- `UpdateUserPhoneConfig` requires `PhoneConfig`. Its settings can be changed, member by member,
  but not removed.

So the plan has no call for such a change; it would otherwise look done and not be.

## Example

Removing the routing profile:

```json plan fails
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}}, "desired": {"RoutingProfileId": null}}
```

Assigning another one:

```json plan passes
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}}, "desired": {"RoutingProfileId": "b2c3d4e5-6789-01ab-cdef-234567890123"}}
```

## Fix

Give the member a value (another routing profile, at least one security profile, the PhoneConfig
settings wanted), or leave it out of the desired user to keep the current one.

## Source

botocore `service-2.json`: `UpdateUserRoutingProfileRequest`, `UpdateUserSecurityProfilesRequest`
(`SecurityProfileIds`, min 1, max 10) and `UpdateUserPhoneConfigRequest`, each requiring its member.
"#,
    },
    messages: &[&CANNOT_CLEAR],
    helps: &[&GIVE_A_VALUE],
    check: Check::Plan,
    scope: Scope::Every,
    fix: None,
};

static CANNOT_CLEAR: Template =
    Template::new("The desired user removes {path}, which a user always has; no operation removes it.");
static GIVE_A_VALUE: Template =
    Template::new("Give {path} a value, or leave it out of the desired user to keep the current one.");

pub(crate) fn report(member: &'static str) -> Diagnostic {
    RULE.report(path![member], &CANNOT_CLEAR).with_help(&GIVE_A_VALUE)
}
