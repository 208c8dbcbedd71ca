//! `password-not-allowed`: a Password with SAML or EXISTING_DIRECTORY.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::options::IdentityType;
use crate::path;
use crate::rules::{is_set, Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "password-not-allowed",
        severity: Severity::Error,
        title: "Password given without CONNECT_MANAGED",
        summary: "A Password is an error when the instance uses SAML or EXISTING_DIRECTORY identity management.",
        explanation: r#"## What it checks

That `Password` is absent when the identity-management type is SAML or EXISTING_DIRECTORY: those
users sign in through the identity provider or the directory.

## Why

The member documentation: "A password is required if you are using Connect Customer for identity
management. Otherwise, it is an error to include a password."

## Example

With SAML this fails:

```json fails identity=SAML
{"Password": "Pass@Word1"}
```

This passes:

```json passes identity=SAML
{"Username": "mary"}
```

## Fix

Remove `Password`, or check the identity-type option if the instance really is CONNECT_MANAGED.

## Source

botocore `service-2.json`, `CreateUserRequest.Password` documentation; constraints notes §4.1.
"#,
    },
    messages: &[&NOT_ALLOWED],
    helps: &[&REMOVE_IT],
    check: Check::Identity(check),
    scope: Scope::Members(&["Password"]),
    fix: None,
};

static NOT_ALLOWED: Template =
    Template::new("Password is not allowed when the instance uses {identity} identity management.");
static REMOVE_IT: Template =
    Template::new("Remove Password; these users sign in through their identity provider or directory.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(identity @ (IdentityType::Saml | IdentityType::ExistingDirectory)) = cx.identity else { return };
    if is_set(cx.request, "Password") {
        out.push(
            RULE.report(path!["Password"], &NOT_ALLOWED)
                .with_help(&REMOVE_IT)
                .with_arg("identity", Arg::word(identity.as_str())),
        );
    }
}
