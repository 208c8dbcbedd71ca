//! `directory-user-id-not-allowed`: a DirectoryUserId with SAML.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::options::IdentityType;
use crate::path;
use crate::rules::{is_set, Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "directory-user-id-not-allowed",
        severity: Severity::Error,
        title: "DirectoryUserId given with SAML",
        summary: "DirectoryUserId returns an error when the instance uses SAML identity management.",
        explanation: r#"## What it checks

That `DirectoryUserId` is absent when the identity-management type is SAML.

## Why

The member documentation: "This parameter is required if you are using an existing directory for
identity management in Connect Customer when Connect Customer cannot access your directory to
authenticate users. If you are using SAML for identity management and include this parameter, an
error is returned." Whether the service can reach the directory is not something a request shows,
so the EXISTING_DIRECTORY half of that sentence cannot be checked here.

## Example

With SAML this fails:

```json fails identity=SAML
{"DirectoryUserId": "mary.major"}
```

With EXISTING_DIRECTORY it passes:

```json passes identity=EXISTING_DIRECTORY
{"DirectoryUserId": "mary.major"}
```

## Fix

Remove `DirectoryUserId`.

## Source

botocore `service-2.json`, `CreateUserRequest.DirectoryUserId` documentation; constraints notes §4.1.
"#,
    },
    messages: &[&ERROR_WITH_SAML],
    helps: &[&REMOVE_IT],
    check: Check::Identity(check),
    scope: Scope::Members(&["DirectoryUserId"]),
    fix: None,
};

static ERROR_WITH_SAML: Template =
    Template::new("DirectoryUserId returns an error when the instance uses SAML identity management.");
static REMOVE_IT: Template =
    Template::new("Remove DirectoryUserId; it is only for instances that use an existing directory.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.identity == Some(IdentityType::Saml) && is_set(cx.request, "DirectoryUserId") {
        out.push(RULE.report(path!["DirectoryUserId"], &ERROR_WITH_SAML).with_help(&REMOVE_IT));
    }
}
