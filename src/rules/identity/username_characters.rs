//! `username-characters`: characters outside `[A-Za-z0-9_.@-]`.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::options::IdentityType;
use crate::path;
use crate::rules::patterns::{is_username_char, offending_characters};
use crate::rules::{string, Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "username-characters",
        severity: Severity::Error,
        title: "Username has characters outside A–Z, a–z, 0–9, _ . @ -",
        summary:
            "Username may contain only ASCII letters, digits and _ . @ - (an error with SAML, a warning otherwise).",
        explanation: r#"## What it checks

That `Username` uses only ASCII letters, digits, `_`, `.`, `@` and `-`. With SAML identity
management this is an error. With the other types, or when the type is not given, it is a warning.

## Why

The member documentation gives the SAML character class as `[a-zA-Z0-9_-.\@]+`. Taken literally
that is not even a valid regular expression (`_-.` is a reversed range: "bad character range _-."),
so this rule implements what it plainly means: the characters listed, with `-` as a character. For
other identity types no source states a character set, but the model's pattern before 2019 was
`[a-zA-Z0-9\_\-\.]+` and the CloudFormation schema still uses `[a-zA-Z0-9\_\-\.\@]+`, so anything else
is almost certainly a mistake. SAML usernames must also equal the IAM `RoleSessionName`, which uses
the same characters.

## Example

With SAML, a space fails:

```json fails identity=SAML
{"Username": "mary major"}
```

This passes:

```json passes identity=SAML
{"Username": "mary.major"}
```

## Fix

Replace the listed characters, for example a space with `.` or `_`.

## Source

botocore `service-2.json`, `CreateUserRequest.Username` documentation; constraints notes §3 and
§7.3; CloudFormation `AWS::Connect::User` schema (§11).
"#,
    },
    messages: &[&OUTSIDE_CLASS],
    helps: &[&USE_CLASS],
    check: Check::Request(check),
    scope: Scope::Members(&["Username"]),
    fix: None,
};

static OUTSIDE_CLASS: Template =
    Template::new("Username contains characters outside A–Z, a–z, 0–9, _ . @ -: {characters}.");
static USE_CLASS: Template = Template::new("Use only ASCII letters, digits, underscore, period, at sign and hyphen.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(username) = string(cx.request, "Username") else { return };
    let Some(characters) = offending_characters(username, is_username_char) else { return };
    let diagnostic = RULE
        .report(path!["Username"], &OUTSIDE_CLASS)
        .with_help(&USE_CLASS)
        .with_arg("characters", Arg::Chars(characters));
    out.push(match cx.identity {
        Some(IdentityType::Saml) => diagnostic,
        _ => diagnostic.with_severity(Severity::Warning),
    });
}
