//! `cli-skeleton`: the command has --generate-cli-skeleton, so the AWS CLI prints a skeleton and sends no request.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-skeleton",
        severity: Severity::Warning,
        title: "Skeleton instead of a request",
        summary: "The command has --generate-cli-skeleton, so the AWS CLI prints a skeleton and sends no request.",
        explanation: r#"## What it checks

`--generate-cli-skeleton` (or `--generate-cli-skeleton input`) makes the AWS CLI print a JSON
skeleton of the request instead of calling the service; with `output` it prints a sample response.
The options given are still read into the request shown here.

## Why

Pasting a command with this option into a terminal creates no user.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --generate-cli-skeleton
```

This one does not:

```sh passes
aws connect create-user --username mary
```

## Fix

Remove `--generate-cli-skeleton` to create the user.

## Source

AWS CLI `awscli/customizations/generatecliskeleton.py`; shorthand notes §6.
"#,
    },
    messages: &[&SKELETON, &super::MORE_FINDINGS],
    helps: &[&REMOVE_IT, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static SKELETON: Template =
    Template::new("With --generate-cli-skeleton the AWS CLI prints a skeleton and sends no request.");
static REMOVE_IT: Template = Template::new("Remove --generate-cli-skeleton to create the user.");

pub(crate) fn diagnostic() -> Diagnostic {
    RULE.report(Path::root(), &SKELETON).with_help(&REMOVE_IT)
}
