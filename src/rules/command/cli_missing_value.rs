//! `cli-missing-value`: an option that takes a value is followed by another option or by nothing.

use crate::diagnostic::Severity;
use crate::rules::{Check, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        code: "cli-missing-value",
        severity: Severity::Error,
        title: "Option without its value",
        summary: "An option that takes a value is followed by another option or by nothing.",
        explanation: r#"## What it checks

Options for strings, structures and maps take exactly one word. When the next word looks like an
option (it starts with `-`), or there is none, the AWS CLI stops: `argument --username: expected one
argument`. A value that really starts with `-` must be written `--username=-mary`.

## Why

Python's argparse refuses the command with exit status 2.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username -mary
```

This one does not:

```sh passes
aws connect create-user --username=-mary
```

## Fix

Give the value right after the option, and use `--option=value` when the value starts with `-`.

## Source

Python `argparse`; shorthand notes §1 step 2.
"#,
    },
    messages: &[&super::TEXT],
    helps: &[&super::HELP_TEXT],
    check: Check::Command,
    fix: None,
};
