//! `identity-type-inferred`: without a type, which identity-management types the request fits.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::options::IdentityType;
use crate::path::Path;
use crate::rules::{identity_errors, Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "identity-type-inferred",
        severity: Severity::Info,
        title: "Identity-management type inferred",
        summary:
            "No identity-management type was given: which types the request fits, and the members that decided it.",
        explanation: r#"## What it checks

Several rules depend on the instance's identity-management type (CONNECT_MANAGED, SAML or
EXISTING_DIRECTORY), which is a setting of the instance and not part of the request. When the type
is not given, those rules report only what is wrong under every type, and this diagnostic runs them
under each type in turn. It says which types the request fits (no errors from those rules), and
for each type it does not fit, the first reason; `related` lists the members that decided it. A
Password, for example, means only CONNECT_MANAGED fits.

It is an info while the request fits at least one type, and an **error** when it fits none: such a
request is rejected whatever the instance's type, so it is not valid. A Password without
`IdentityInfo` names is the usual case: CONNECT_MANAGED needs the names, and SAML and
EXISTING_DIRECTORY forbid the Password.

## Why

Checking a request against the wrong type hides real problems (a missing Password) or invents
false ones (a forbidden Email). Saying which types fit makes the assumption visible.

## Example

Without a type, a request with a Password fits only CONNECT_MANAGED:

```json fails
{"Password": "Pass@Word1", "IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}
```

Without a type, a Password and no names fit no type at all, which is an error:

```json fails
{"Password": "Pass@Word1"}
```

With the type given there is nothing to infer:

```json passes identity=CONNECT_MANAGED
{"Password": "Pass@Word1", "IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}
```

## Fix

When the request fits no type, change it for the instance's type: `help` says, for each type, the
first thing that rules it out. In every case, give the instance's identity-management type: the `identityManagementType` option in JavaScript,
`--identity-type` on the command line. `aws connect describe-instance` shows it as
`IdentityManagementType`.

## Source

The identity-dependent rules' own sources (constraints notes §4.1); the instance setting is
`IdentityManagementType` in the Connect API.
"#,
    },
    messages: &[&FITS_NONE, &FITS_EVERY, &FITS_ONLY, &FITS_SOME, &NOT_TYPE],
    helps: &[&GIVE_TYPE, &GIVE_TYPE_BECAUSE, &CHANGE_REQUEST_BECAUSE],
    check: Check::Request(check),
    scope: Scope::Members(&["IdentityInfo"]),
    fix: None,
};

static FITS_NONE: Template = Template::new(
    "No identity-management type was given, and the request fits none: it is not valid whatever the instance's type.",
);
static FITS_EVERY: Template =
    Template::new("No identity-management type was given; the request fits every identity-management type.");
static FITS_ONLY: Template = Template::new("No identity-management type was given; the request fits only {types}.");
static FITS_SOME: Template = Template::new("No identity-management type was given; the request fits {types}.");
/// One type the request does not fit, and the first error under it; shown in the help.
static NOT_TYPE: Template = Template::new("Not {identity}: {reason}");
static GIVE_TYPE: Template =
    Template::new("Give the instance's identity-management type to check the rules that depend on it.");
static GIVE_TYPE_BECAUSE: Template =
    Template::new("Give the instance's identity-management type to check the rules that depend on it. {reasons}");

static CHANGE_REQUEST_BECAUSE: Template = Template::new("Change the request for the instance's identity-management type, and give the type to check every rule that depends on it. {reasons}");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.identity.is_some() {
        return;
    }
    let mut fitting = Vec::new();
    let mut reasons = Vec::new();
    let mut deciding: Vec<Path> = Vec::new();
    for identity in IdentityType::ALL {
        let errors = identity_errors(cx.request, cx.operation, identity);
        for error in &errors {
            if !deciding.contains(&error.path) {
                deciding.push(error.path.clone());
            }
        }
        match errors.into_iter().next() {
            None => fitting.push(identity.as_str()),
            Some(first) => reasons.push(
                RULE.report(Path::root(), &NOT_TYPE)
                    .with_arg("identity", Arg::word(identity.as_str()))
                    .with_arg("reason", Arg::Finding(Box::new(first))),
            ),
        }
    }
    let message = match fitting.len() {
        0 => &FITS_NONE,
        1 => &FITS_ONLY,
        n if n == IdentityType::ALL.len() => &FITS_EVERY,
        _ => &FITS_SOME,
    };
    let diagnostic = RULE.report(Path::root(), message).with_arg("types", Arg::words(&fitting));
    let mut diagnostic = match (fitting.is_empty(), reasons.is_empty()) {
        // The service then rejects the request whatever the instance's type.
        (true, _) => diagnostic
            .with_severity(Severity::Error)
            .with_help(&CHANGE_REQUEST_BECAUSE)
            .with_arg("reasons", Arg::Findings(reasons)),
        (false, true) => diagnostic.with_help(&GIVE_TYPE),
        (false, false) => diagnostic.with_help(&GIVE_TYPE_BECAUSE).with_arg("reasons", Arg::Findings(reasons)),
    };
    diagnostic.related = deciding;
    out.push(diagnostic);
}
