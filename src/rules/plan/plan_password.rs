//! `plan-password`: a Password in the desired user, which no update operation takes.

use crate::diagnostic::{Diagnostic, Severity, Template};
use crate::path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "plan-password",
        severity: Severity::Warning,
        title: "Password not updated",
        summary: "The desired user has a Password, which none of the update operations takes; the plan leaves it out.",
        explanation: r#"## What it checks

That the desired user has no `Password` (at its top level, where CreateUser takes one).

## Why

`Password` is a member of CreateUser only. describe-user never prints it, and none of the update
operations (`UpdateUserIdentityInfo`, `UpdateUserPhoneConfig`, `UpdateUserConfig`,
`UpdateUserSecurityProfiles`, `UpdateUserRoutingProfile`, `UpdateUserHierarchy`) nor the tag
operations take one, so the plan cannot send it: a desired password would silently not be set.

## Example

A desired user with a password:

```json plan fails
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f"}}, "desired": {"Password": "Str0ngPassw0rd"}}
```

Without it:

```json plan passes
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f"}}, "desired": {}}
```

## Fix

Leave `Password` out of the desired user. With `CONNECT_MANAGED` identity management a password
is reset outside these operations: by an administrator in the Amazon Connect admin website's user
management, or by the user through the password-reset email (which is why the
`UpdateUserIdentityInfo` documentation warns about changing an email). With `SAML` or
`EXISTING_DIRECTORY`, the password belongs to the identity provider or the directory.

## Source

botocore `service-2.json`: `CreateUserRequest.Password`; the inputs of the update and tag
operations, none of which has a password; the `UpdateUserIdentityInfo` operation documentation.
"#,
    },
    messages: &[&IGNORED],
    helps: &[&HOW_TO_RESET],
    check: Check::Plan,
    scope: Scope::Every,
    fix: None,
};

static IGNORED: Template = Template::new(
    "The desired user has a Password, which no update operation takes; the plan does not change the password.",
);
static HOW_TO_RESET: Template = Template::new(
    "Leave Password out. A Connect-managed password is reset in the Amazon Connect admin website or through the password-reset email; with SAML or an existing directory it belongs to the identity provider.",
);

pub(crate) fn report() -> Diagnostic {
    RULE.report(path!["Password"], &IGNORED).with_help(&HOW_TO_RESET)
}
