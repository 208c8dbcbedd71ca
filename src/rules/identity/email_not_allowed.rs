//! `email-not-allowed`: an Email with SAML identity management.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::options::IdentityType;
use crate::path;
use crate::rules::{identity_string, Check, Context, Rule, Scope, Slot};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "email-not-allowed",
        severity: Severity::Error,
        title: "Email given with SAML",
        summary: "IdentityInfo.Email returns an error when the instance uses SAML identity management.",
        explanation: r#"## What it checks

That `IdentityInfo.Email` is absent when the identity-management type is SAML. `SecondaryEmail` is
not affected.

## Why

The `Email` member documentation: "If you are using SAML for identity management and include this
parameter, an error is returned." The Admin Guide agrees: "SAML users don't have primary email
addresses, they have username logins".

AWS contradicts itself here. The operation documentation says the opposite: since 2025-08-08 it
says "Email, FirstName and LastName are required if you are using Connect Customer or SAML", and
from 2023-10-20 it said outright "Email is required if you are using SAML". This rule follows the
member documentation and the Admin Guide, which describe what the service does; the operation text
lists SAML beside Connect-managed for the names, which SAML users do need.

## Example

With SAML this fails:

```json fails identity=SAML
{"IdentityInfo": {"FirstName": "Mary", "LastName": "Major", "Email": "mary.major@example.com"}}
```

This passes:

```json passes identity=SAML
{"IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}
```

## Fix

Remove `IdentityInfo.Email`; put the address in `SecondaryEmail` if the user should get
notifications.

## Source

botocore `service-2.json`, `UserIdentityInfo.Email` and the CreateUser operation documentation;
Admin Guide `user-management.html`; constraints notes §4.1 and §7.1.
"#,
    },
    messages: &[&ERROR_WITH_SAML],
    helps: &[&USE_SECONDARY],
    check: Check::Identity(check),
    scope: Scope::Members(&["IdentityInfo"]),
    fix: None,
};

static ERROR_WITH_SAML: Template =
    Template::new("IdentityInfo.Email returns an error when the instance uses SAML identity management.");
static USE_SECONDARY: Template =
    Template::new("Remove Email; use SecondaryEmail if the user should get notifications.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.identity != Some(IdentityType::Saml) {
        return;
    }
    if let Slot::Text(_) = identity_string(cx.request, "Email") {
        out.push(RULE.report(path!["IdentityInfo", "Email"], &ERROR_WITH_SAML).with_help(&USE_SECONDARY));
    }
}
