//! `email-format`: Email or SecondaryEmail that is not an email address.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::options::IdentityType;
use crate::path;
use crate::rules::patterns::{is_documented_email, looks_like_email};
use crate::rules::{identity_string, Check, Context, Rule, Scope, Slot};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "email-format",
        severity: Severity::Error,
        title: "Not an email address",
        summary: "SecondaryEmail must match the documented address pattern (error); an Email that is not an address is a warning.",
        explanation: r#"## What it checks

`IdentityInfo.SecondaryEmail` must match the documented pattern
`[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,63}` as a whole and have at most 265 characters; if
not, that is an error. `IdentityInfo.Email` has no documented pattern, so an Email that does not
look like `name@domain.tld` (no spaces, one `@`, a dot in the domain) is only a warning. With SAML
any Email is already `email-not-allowed` and is not checked here. The message never shows the
address.

## Why

The SecondaryEmail documentation gives the pattern `(?=^.{0,265}$)[a-zA-Z0-9._%+-]+@…\.[a-zA-Z]{2,63}`
and the CloudFormation schema enforces it. Taken literally it is anchored only at the start (by its
lookahead) and would accept trailing text such as `mary@example.com, bob@example.com`; Rust's `regex`
also has no lookahead. This rule implements what the pattern means: the whole value is one address
of at most 265 characters. The model itself has no pattern for either member.

## Example

This fails:

```json fails
{"IdentityInfo": {"SecondaryEmail": "mary.major@example"}}
```

This passes:

```json passes
{"IdentityInfo": {"SecondaryEmail": "mary.major@example.com"}}
```

## Fix

Write a single complete address.

## Source

botocore `service-2.json`, `UserIdentityInfo.SecondaryEmail` documentation; CloudFormation
`AWS::Connect::User`; constraints notes §3, §7.10 and §11.
"#,
    },
    messages: &[&SECONDARY_NOT_DOCUMENTED, &EMAIL_NOT_ADDRESS],
    helps: &[&WRITE_DOCUMENTED, &WRITE_ONE_ADDRESS],
    check: Check::Request(check),
    scope: Scope::Members(&["IdentityInfo"]),
    fix: None,
};

static SECONDARY_NOT_DOCUMENTED: Template = Template::new(
    "IdentityInfo.SecondaryEmail is not an email address of the documented form, such as mary.major@example.com.",
);
static EMAIL_NOT_ADDRESS: Template =
    Template::new("IdentityInfo.Email does not look like an email address such as mary.major@example.com.");
static WRITE_DOCUMENTED: Template = Template::new("Write one address of at most 265 characters: ASCII letters, digits and ._%+- before the @, and a domain ending in a dot and 2–63 letters.");
static WRITE_ONE_ADDRESS: Template =
    Template::new("Email has no documented pattern, but the service uses it to send mail: write one complete address.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if let Slot::Text(secondary) = identity_string(cx.request, "SecondaryEmail") {
        if !is_documented_email(secondary) {
            out.push(
                RULE.report(path!["IdentityInfo", "SecondaryEmail"], &SECONDARY_NOT_DOCUMENTED)
                    .with_help(&WRITE_DOCUMENTED),
            );
        }
    }
    if cx.identity == Some(IdentityType::Saml) {
        return;
    }
    if let Slot::Text(email) = identity_string(cx.request, "Email") {
        if !email.is_empty() && !looks_like_email(email) {
            out.push(
                RULE.report(path!["IdentityInfo", "Email"], &EMAIL_NOT_ADDRESS)
                    .with_severity(Severity::Warning)
                    .with_help(&WRITE_ONE_ADDRESS),
            );
        }
    }
}
