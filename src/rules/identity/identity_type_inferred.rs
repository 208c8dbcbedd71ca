//! `identity-type-inferred`: without a type, which identity-management types the request fits.

use crate::diagnostic::{Diagnostic, Severity};
use crate::options::IdentityType;
use crate::path::Path;
use crate::rules::text::one_of;
use crate::rules::{identity_errors, Check, Context, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
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
    check: Check::Request(check),
};

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.identity.is_some() {
        return;
    }
    let mut fitting = Vec::new();
    let mut reasons = Vec::new();
    let mut deciding: Vec<Path> = Vec::new();
    for identity in IdentityType::ALL {
        let errors = identity_errors(cx.request, identity);
        match errors.first() {
            None => fitting.push(identity.as_str()),
            Some(first) => reasons.push(format!("Not {identity}: {}", first.message)),
        }
        for error in errors {
            if !deciding.contains(&error.path) {
                deciding.push(error.path);
            }
        }
    }
    out.push(diagnostic(&fitting, reasons, deciding));
}

/// The diagnostic for the types the request fits: an error when it fits none, since the service
/// then rejects it whatever the instance's type.
fn diagnostic(fitting: &[&str], reasons: Vec<String>, deciding: Vec<Path>) -> Diagnostic {
    let (message, advice) = match fitting {
        [] => (
            "No identity-management type was given, and the request fits none: it is not valid whatever the \
             instance's type."
                .to_owned(),
            "Change the request for the instance's identity-management type, and give the type to check every \
             rule that depends on it.",
        ),
        fitting => {
            let fits = match fitting {
                [_, _, _] => "every identity-management type".to_owned(),
                [only] => format!("only {only}"),
                some => one_of(some),
            };
            (
                format!("No identity-management type was given; the request fits {fits}."),
                "Give the instance's identity-management type to check the rules that depend on it.",
            )
        }
    };
    let help = std::iter::once(advice.to_owned()).chain(reasons).collect::<Vec<_>>().join(" ");
    let mut diagnostic = RULE.at(Path::root(), message).with_help(help);
    if fitting.is_empty() {
        diagnostic = diagnostic.with_severity(Severity::Error);
    }
    diagnostic.related = deciding;
    diagnostic
}
