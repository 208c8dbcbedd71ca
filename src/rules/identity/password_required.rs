//! `password-required`: CONNECT_MANAGED without a Password.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::options::IdentityType;
use crate::path;
use crate::rules::{is_set, Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "password-required",
        severity: Severity::Error,
        title: "Password missing",
        summary: "A Password is required when the instance uses CONNECT_MANAGED identity management.",
        explanation: r#"## What it checks

That `Password` is present when the identity-management type is CONNECT_MANAGED. Without a type
nothing is reported here; `identity-type-inferred` says which types the request fits.

## Why

The member documentation: "A password is required if you are using Connect Customer for identity
management. Otherwise, it is an error to include a password." The model cannot express this, so
botocore sends the request and the service rejects it.

## Example

With CONNECT_MANAGED this fails:

```json fails identity=CONNECT_MANAGED
{"Username": "mary"}
```

This passes:

```json passes identity=CONNECT_MANAGED
{"Username": "mary", "Password": "Pass@Word1"}
```

## Fix

Add a Password of 8–64 characters with an upper-case letter, a lower-case letter and a digit.

## Source

botocore `service-2.json`, `CreateUserRequest.Password` documentation; constraints notes §4.1.
"#,
    },
    messages: &[&REQUIRED],
    helps: &[&ADD_ONE],
    check: Check::Identity(check),
    scope: Scope::Members(&["Password"]),
    fix: None,
};

static REQUIRED: Template =
    Template::new("Password is required when the instance uses CONNECT_MANAGED identity management.");
static ADD_ONE: Template =
    Template::new("Add a Password of 8–64 characters with an upper-case letter, a lower-case letter and a digit.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.identity == Some(IdentityType::ConnectManaged) && !is_set(cx.request, "Password") {
        out.push(RULE.report(path!["Password"], &REQUIRED).with_help(&ADD_ONE));
    }
}
