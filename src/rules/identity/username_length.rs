//! `username-length`: longer than the identity-management type allows.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{AGENT_USERNAME, MAX_SAML_USERNAME_CHARS, MAX_USERNAME_CHARS};
use crate::options::IdentityType;
use crate::path;
use crate::rules::{string, Check, Context, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
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
    check: Check::Identity(check),
};

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(username) = string(cx.request, "Username") else { return };
    let length = username.chars().count();
    // Beyond the model's own maximum, `length` reports it.
    if length <= MAX_USERNAME_CHARS || AGENT_USERNAME.max.is_some_and(|max| length > max) {
        return;
    }
    let (most, saml_most) = (MAX_USERNAME_CHARS, MAX_SAML_USERNAME_CHARS);
    let path = path!["Username"];
    let diagnostic = match cx.identity {
        Some(IdentityType::Saml) if length > saml_most => RULE
            .at(path, format!("Username has {length} characters; SAML identity management allows at most {saml_most}."))
            .with_help(format!("Shorten it to {saml_most} characters.")),
        Some(IdentityType::Saml) => return,
        Some(identity) => RULE
            .at(
                path,
                format!("Username has {length} characters; {identity} identity management allows at most {most}."),
            )
            .with_help(format!("Shorten it to {most} characters; only SAML instances allow up to {saml_most}.")),
        None if length > saml_most => RULE
            .at(path, format!("Username has {length} characters; the limit is {most}, or {saml_most} with SAML."))
            .with_help(format!("Shorten it to {most} characters, or to {saml_most} if the instance uses SAML.")),
        None => RULE
            .at(path, format!("Username has {length} characters, which is valid only with SAML identity management."))
            .with_severity(Severity::Warning)
            .with_help(format!(
                "Shorten it to {most} characters, or give the identity type if the instance uses SAML."
            )),
    };
    out.push(diagnostic);
}
