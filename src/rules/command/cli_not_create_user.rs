//! `cli-not-create-user`: the pasted text is not an `aws connect create-user` command.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-not-create-user",
        severity: Severity::Error,
        title: "Not a create-user command",
        summary: "The pasted text is not an `aws connect create-user` command.",
        explanation: r#"## What it checks

The pasted text is read as one shell command. It must start with `aws` (a path such as
`/usr/local/bin/aws`, or `aws.exe`, works too), and its first two words after the AWS CLI's global
options must be `connect create-user`. Anything else gives this diagnostic and no request.

## Why

Only `create-user` maps onto a CreateUser request. `aws connect update-user-identity-info` or
`aws connect describe-user` take other parameters, and a command for another service means the wrong
text was copied.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect describe-user --user-id 87654321-2222-1234-1234-111234567891 --instance-id a1b2c3d4-5678-90ab-cdef-123456789012
```

This one does not:

```sh passes
aws --region us-west-2 connect create-user --username mary
```

## Fix

Paste the `aws connect create-user …` command itself.

## Source

AWS CLI reference page `aws connect create-user`; shorthand notes §1 (global options come first).
"#,
    },
    messages: &[&NOT_AWS, &OTHER_COMMAND, &super::MORE_FINDINGS],
    helps: &[&super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static NOT_AWS: Template =
    Template::new("The text is not an `aws connect create-user` command: it does not start with aws.");
static OTHER_COMMAND: Template = Template::new("The text is not an `aws connect create-user` command.");

/// The text does not start with `aws`.
pub(crate) fn not_aws() -> Diagnostic {
    RULE.report(Path::root(), &NOT_AWS)
}

/// An aws command, but not `connect create-user`.
pub(crate) fn other_command() -> Diagnostic {
    RULE.report(Path::root(), &OTHER_COMMAND)
}
