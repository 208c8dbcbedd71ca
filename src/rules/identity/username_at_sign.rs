//! `username-at-sign`: an `@` in a username that is not an email address.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::path;
use crate::rules::patterns::is_documented_email;
use crate::rules::{string, Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "username-at-sign",
        severity: Severity::Error,
        title: "Username has @ but is not an email address",
        summary: "Username may contain @ only in email form, such as testuser@example.com.",
        explanation: r#"## What it checks

That a `Username` containing `@` is a whole email address: `testuser` and `testuser@example.com`
pass, `testuser@example` fails. Email form here is the documented address pattern
`[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,63}` matched against the whole username.

## Why

The member documentation says "Username can include @ only if used in an email format" and gives
exactly these three examples. The rule applies to every identity-management type.

## Example

This fails:

```json fails
{"Username": "testuser@example"}
```

This passes:

```json passes
{"Username": "testuser@example.com"}
```

## Fix

Complete the address (`testuser@example.com`) or drop the `@` part (`testuser`).

## Source

botocore `service-2.json`, `CreateUserRequest.Username` documentation (added 2024-03-12);
constraints notes §4.7.
"#,
    },
    messages: &[&NOT_AN_ADDRESS],
    helps: &[&COMPLETE_IT],
    check: Check::Request(check),
    scope: Scope::Members(&["Username"]),
    fix: None,
};

static NOT_AN_ADDRESS: Template =
    Template::new("Username contains @ but is not an email address such as testuser@example.com.");
static COMPLETE_IT: Template = Template::new("Write a complete email address, or remove the @ and what follows it.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(username) = string(cx.request, "Username") else { return };
    if username.contains('@') && !is_documented_email(username) {
        out.push(RULE.report(path!["Username"], &NOT_AN_ADDRESS).with_help(&COMPLETE_IT));
    }
}
