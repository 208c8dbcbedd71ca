//! `name-required`: FirstName or LastName missing with CONNECT_MANAGED or SAML.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::options::IdentityType;
use crate::path;
use crate::rules::{identity_string, Check, Context, Rule, Scope, Slot};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "name-required",
        severity: Severity::Error,
        title: "First or last name missing",
        summary: "IdentityInfo.FirstName and LastName are required with CONNECT_MANAGED or SAML identity management.",
        explanation: r#"## What it checks

That `IdentityInfo.FirstName` and `IdentityInfo.LastName` are present and not empty when the
identity-management type is CONNECT_MANAGED or SAML. With EXISTING_DIRECTORY the directory supplies
them. Without a type nothing is reported here; `identity-type-inferred` says which types fit.

An empty name with SAML is a warning rather than an error, because the sources disagree: the
documentation says the names are "required if you are using Connect Customer or SAML", while the
model's length range 0–255 (0–300 for LastName), which the documentation says "appl[ies] only to
instances using SAML", allows an empty string.

## Why

The `FirstName`/`LastName` member documentation and the operation documentation both say the names
are required for Connect-managed and SAML instances.

## Example

With CONNECT_MANAGED, a missing last name fails:

```json fails identity=CONNECT_MANAGED
{"IdentityInfo": {"FirstName": "Mary"}}
```

This passes:

```json passes identity=CONNECT_MANAGED
{"IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}
```

## Fix

Fill in both names.

## Source

botocore `service-2.json`: the CreateUser operation documentation, `UserIdentityInfo.FirstName` and
`LastName`, and the `UserIdentityInfo` note on length ranges; constraints notes §3 and §4.1.
"#,
    },
    messages: &[&REQUIRED, &EMPTY_WITH_SAML],
    helps: &[&ADD_FIRST_NAME, &ADD_LAST_NAME],
    check: Check::Identity(check),
    scope: Scope::Members(&["IdentityInfo"]),
    fix: None,
};

static REQUIRED: Template = Template::new("{path} is required when the instance uses {identity} identity management.");
static EMPTY_WITH_SAML: Template = Template::new(
    "{path} is empty; the documentation requires it with SAML, although the model allows an empty string for SAML.",
);
static ADD_FIRST_NAME: Template = Template::new("Add the user's first name.");
static ADD_LAST_NAME: Template = Template::new("Add the user's last name.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(identity @ (IdentityType::ConnectManaged | IdentityType::Saml)) = cx.identity else { return };
    for (name, help) in [("FirstName", &ADD_FIRST_NAME), ("LastName", &ADD_LAST_NAME)] {
        let path = || path!["IdentityInfo", name];
        let diagnostic = match identity_string(cx.request, name) {
            Slot::Text("") if identity == IdentityType::Saml => {
                RULE.report(path(), &EMPTY_WITH_SAML).with_severity(Severity::Warning)
            }
            Slot::Absent | Slot::Text("") => {
                RULE.report(path(), &REQUIRED).with_arg("identity", Arg::word(identity.as_str()))
            }
            Slot::Text(_) | Slot::Wrong => continue,
        };
        out.push(diagnostic.with_help(help));
    }
}
