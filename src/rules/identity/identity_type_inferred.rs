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

## Why

Checking a request against the wrong type hides real problems (a missing Password) or invents
false ones (a forbidden Email). Saying which types fit makes the assumption visible.

## Example

Without a type, a request with a Password fits only CONNECT_MANAGED:

```json fails
{"Password": "Pass@Word1", "IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}
```

With the type given there is nothing to infer:

```json passes identity=CONNECT_MANAGED
{"Password": "Pass@Word1", "IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}
```

## Fix

Give the instance's identity-management type: the `identityManagementType` option in JavaScript,
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
    let fits = match fitting.as_slice() {
        [] => "no identity-management type".to_owned(),
        [_, _, _] => "every identity-management type".to_owned(),
        [only] => format!("only {only}"),
        some => one_of(some),
    };
    let help = std::iter::once(
        "Give the instance's identity-management type to check the rules that depend on it.".to_owned(),
    )
    .chain(reasons)
    .collect::<Vec<_>>()
    .join(" ");
    let mut diagnostic = RULE
        .at(Path::root(), format!("No identity-management type was given; the request fits {fits}."))
        .with_help(help);
    diagnostic.related = deciding;
    out.push(diagnostic);
}
