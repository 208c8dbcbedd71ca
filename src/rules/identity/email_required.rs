//! `email-required`: CONNECT_MANAGED without an Email, which the sources disagree about.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::options::IdentityType;
use crate::path;
use crate::rules::{identity_string, Check, Context, Rule, Scope, Slot};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "email-required",
        severity: Severity::Warning,
        title: "Email missing with CONNECT_MANAGED",
        summary: "The CreateUser documentation requires an Email with CONNECT_MANAGED, but AWS's own example omits it.",
        explanation: r#"## What it checks

That `IdentityInfo.Email` is present and not empty when the identity-management type is
CONNECT_MANAGED.

## Why

It is a warning because AWS's sources disagree. The operation documentation, since 2025-08-08,
says "Email, FirstName and LastName are required if you are using Connect Customer or SAML for
identity management", and `aws connect create-user help` prints that as a warning. But the AWS CLI's
own example creates a CONNECT_MANAGED user (it sets a password) with no Email at all. Under SAML the
member documentation says the opposite, that including an Email returns an error; that case is
`email-not-allowed`.

## Example

With CONNECT_MANAGED this warns:

```json fails identity=CONNECT_MANAGED
{"IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}
```

This passes:

```json passes identity=CONNECT_MANAGED
{"IdentityInfo": {"FirstName": "Mary", "LastName": "Major", "Email": "mary.major@example.com"}}
```

## Fix

Add the user's email address. It is also where CONNECT_MANAGED users get password resets.

## Source

botocore `service-2.json`, CreateUser operation documentation (changed in commit `30ae2e5c`,
2025-08-08); the AWS CLI example `awscli/examples/connect/create-user.rst`; constraints notes §7.1.
"#,
    },
    messages: &[&MISSING],
    helps: &[&ADD_IT],
    check: Check::Identity(check),
    scope: Scope::Members(&["IdentityInfo"]),
    fix: None,
};

static MISSING: Template = Template::new("IdentityInfo.Email is missing; the CreateUser documentation requires it with CONNECT_MANAGED identity management, although AWS's own CLI example leaves it out.");
static ADD_IT: Template = Template::new("Add the user's email address to be safe; password resets are sent there.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.identity != Some(IdentityType::ConnectManaged) {
        return;
    }
    if matches!(identity_string(cx.request, "Email"), Slot::Absent | Slot::Text("")) {
        out.push(RULE.report(path!["IdentityInfo", "Email"], &MISSING).with_help(&ADD_IT));
    }
}
