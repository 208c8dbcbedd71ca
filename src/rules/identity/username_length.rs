//! `username-length`: longer than the identity-management type allows.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::model::{AGENT_USERNAME, MAX_SAML_USERNAME_CHARS, MAX_USERNAME_CHARS};
use crate::options::IdentityType;
use crate::path;
use crate::rules::{string, Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "username-length",
        severity: Severity::Error,
        title: "Username too long for the identity type",
        summary: "Username may have at most 20 characters, or 64 with SAML identity management.",
        explanation: r#"## What it checks

The length of `Username` against the identity-management type: at most 20 characters with
CONNECT_MANAGED or EXISTING_DIRECTORY, at most 64 with SAML. Without a type, more than 64 characters
is an error and 21–64 characters is a warning, because such a name is valid only with SAML.

## Why

The model allows 1–100 characters, but the member documentation says: "For instances not using SAML
for identity management, the user name can include up to 20 characters. If you are using SAML for
identity management, the user name can include up to 64 characters". The model's own limit was 20
until 2019-11-21, when it became 100 for every type. Usernames longer than 100 characters are
reported by `length` instead.

## Example

With CONNECT_MANAGED, a 21-character username fails:

```json fails identity=CONNECT_MANAGED
{"Username": "mary.major.supervisor"}
```

With SAML the same name passes:

```json passes identity=SAML
{"Username": "mary.major.supervisor"}
```

## Fix

Shorten the username, or, if the instance really uses SAML, say so with the identity-type option.

## Source

botocore `service-2.json`, `CreateUserRequest.Username` documentation and the `AgentUsername` shape;
constraints notes §3 and §7.3 (the CloudFormation schema allows 64 for every type, Terraform 100).
"#,
    },
    messages: &[&TOO_LONG_FOR_SAML, &TOO_LONG_FOR_TYPE, &TOO_LONG_FOR_ANY, &ONLY_SAML],
    helps: &[&SHORTEN_FOR_SAML, &SHORTEN_FOR_TYPE, &SHORTEN_FOR_ANY, &SHORTEN_OR_GIVE_TYPE],
    check: Check::Identity(check),
    scope: Scope::Members(&["Username"]),
    fix: None,
};

static TOO_LONG_FOR_SAML: Template =
    Template::new("Username has {length} characters; SAML identity management allows at most {saml_most}.");
static TOO_LONG_FOR_TYPE: Template =
    Template::new("Username has {length} characters; {identity} identity management allows at most {most}.");
static TOO_LONG_FOR_ANY: Template =
    Template::new("Username has {length} characters; the limit is {most}, or {saml_most} with SAML.");
static ONLY_SAML: Template =
    Template::new("Username has {length} characters, which is valid only with SAML identity management.");
static SHORTEN_FOR_SAML: Template = Template::new("Shorten it to {saml_most} characters.");
static SHORTEN_FOR_TYPE: Template =
    Template::new("Shorten it to {most} characters; only SAML instances allow up to {saml_most}.");
static SHORTEN_FOR_ANY: Template =
    Template::new("Shorten it to {most} characters, or to {saml_most} if the instance uses SAML.");
static SHORTEN_OR_GIVE_TYPE: Template =
    Template::new("Shorten it to {most} characters, or give the identity type if the instance uses SAML.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(username) = string(cx.request, "Username") else { return };
    let length = username.chars().count();
    // Beyond the model's own maximum, `length` reports it.
    if length <= MAX_USERNAME_CHARS || AGENT_USERNAME.max.is_some_and(|max| length > max) {
        return;
    }
    let saml_allows = length <= MAX_SAML_USERNAME_CHARS;
    let (message, help) = match cx.identity {
        Some(IdentityType::Saml) if saml_allows => return,
        Some(IdentityType::Saml) => (&TOO_LONG_FOR_SAML, &SHORTEN_FOR_SAML),
        Some(_) => (&TOO_LONG_FOR_TYPE, &SHORTEN_FOR_TYPE),
        None if saml_allows => (&ONLY_SAML, &SHORTEN_OR_GIVE_TYPE),
        None => (&TOO_LONG_FOR_ANY, &SHORTEN_FOR_ANY),
    };
    let diagnostic = RULE
        .report(path!["Username"], message)
        .with_help(help)
        .with_arg("length", Arg::count(length))
        .with_arg("most", Arg::count(MAX_USERNAME_CHARS))
        .with_arg("saml_most", Arg::count(MAX_SAML_USERNAME_CHARS));
    out.push(match cx.identity {
        Some(identity) => diagnostic.with_arg("identity", Arg::word(identity.as_str())),
        None if saml_allows => diagnostic.with_severity(Severity::Warning),
        None => diagnostic,
    });
}
