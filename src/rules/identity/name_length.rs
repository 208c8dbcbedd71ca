//! `name-length`: a LastName longer than CONNECT_MANAGED allows.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::model::CONNECT_MANAGED_NAME_LIMITS;
use crate::options::IdentityType;
use crate::path;
use crate::rules::{identity_string, Check, Context, Rule, Scope, Slot};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "name-length",
        severity: Severity::Error,
        title: "Name too long for CONNECT_MANAGED",
        summary: "With CONNECT_MANAGED identity management FirstName may have 1–255 characters and LastName 1–256.",
        explanation: r#"## What it checks

With CONNECT_MANAGED identity management, `IdentityInfo.FirstName` may have at most 255 characters
and `IdentityInfo.LastName` at most 256. (Empty names are `name-required`; the model's own limits,
255 and 300, are `length`.) In practice this rule catches last names of 257 to 300 characters.

## Why

The model gives FirstName 0–255 and LastName 0–300, but the `UserIdentityInfo` documentation says
those ranges "apply only to instances using SAML for identity management. If you are using Connect
Customer for identity management, the length constraints are 1-255 for FirstName, and 1-256 for
LastName." Before 2024-10-30 the model said 1–100 for both, as Terraform still does.

## Example

With CONNECT_MANAGED, a 257-character last name fails:

```json fails identity=CONNECT_MANAGED
{"IdentityInfo": {"FirstName": "Mary", "LastName": "Maaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaajor"}}
```

With SAML the same name passes:

```json passes identity=SAML
{"IdentityInfo": {"FirstName": "Mary", "LastName": "Maaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaajor"}}
```

## Fix

Shorten the name.

## Source

botocore `service-2.json`, `UserIdentityInfo` documentation and the `AgentFirstName`/`AgentLastName`
shapes; constraints notes §3, §7.4 and §9.
"#,
    },
    messages: &[&TOO_LONG],
    helps: &[&SHORTEN_IT],
    check: Check::Identity(check),
    scope: Scope::Members(&["IdentityInfo"]),
    fix: None,
};

static TOO_LONG: Template =
    Template::new("{path} has {length} characters; CONNECT_MANAGED identity management allows at most {limit}.");
static SHORTEN_IT: Template = Template::new("Shorten it to {limit} characters.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.identity != Some(IdentityType::ConnectManaged) {
        return;
    }
    for &(name, limit, shape) in &CONNECT_MANAGED_NAME_LIMITS {
        let Slot::Text(value) = identity_string(cx.request, name) else { continue };
        let length = value.chars().count();
        // Beyond the model's own maximum, `length` reports it.
        if length > limit && shape.max.is_some_and(|max| length <= max) {
            out.push(
                RULE.report(path!["IdentityInfo", name], &TOO_LONG)
                    .with_help(&SHORTEN_IT)
                    .with_arg("length", Arg::count(length))
                    .with_arg("limit", Arg::count(limit)),
            );
        }
    }
}
