//! `plan-unchangeable`: a change to a member that no update operation changes.

use crate::diagnostic::{Diagnostic, Severity, Template};
use crate::path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "plan-unchangeable",
        severity: Severity::Error,
        title: "Needs a new user",
        summary: "The desired user changes Username, DirectoryUserId, Id or Arn, which no update operation changes.",
        explanation: r#"## What it checks

That the desired user keeps the current `Username`, `DirectoryUserId`, `Id` and `Arn`, when it
gives them at all (a member left out of the desired user is left as it is). Null and a missing
member are alike: a desired `"DirectoryUserId": null` for a user without one is no change.

## Why

None of the operations on a user takes them: `UpdateUserIdentityInfo` takes `IdentityInfo` only,
and no operation takes a `Username` or `DirectoryUserId` after `CreateUser`. `Id` and `Arn` are
assigned by Amazon Connect. A user with another user name is another user: it has to be created
(`create-user`), and the old one deleted if it should go.

## Example

Renaming the user:

```json plan fails
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Username": "mary"}}, "desired": {"Username": "mary.major"}}
```

The same user name, as describe-user printed it, is no change:

```json plan passes
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Username": "mary"}}, "desired": {"Username": "mary"}}
```

## Fix

Keep the member as it is, or create a new user with the desired values (`create-user`; this
package checks that request too) and delete the old one.

## Source

botocore `service-2.json`: the inputs of CreateUser, of the six UpdateUser operations, of
TagResource and UntagResource; the `User` structure of DescribeUser.
"#,
    },
    messages: &[&UNCHANGEABLE],
    helps: &[&NEW_USER],
    check: Check::Plan,
    scope: Scope::Every,
    fix: None,
};

static UNCHANGEABLE: Template = Template::new(
    "The desired {path} differs from the current one, and no operation changes it: that needs a new user.",
);
static NEW_USER: Template =
    Template::new("Keep {path} as it is, or create a new user (create-user) with the desired values.");

pub(crate) fn report(member: &'static str) -> Diagnostic {
    RULE.report(path![member], &UNCHANGEABLE).with_help(&NEW_USER)
}
