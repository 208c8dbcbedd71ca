//! `cli-variable`: the command uses a shell variable (`$NAME`, `${NAME}`) or `~`, which a shell would expand but this tool cannot.

use crate::diagnostic::Severity;
use crate::rules::{Check, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        code: "cli-variable",
        severity: Severity::Warning,
        title: "Shell variable not expanded",
        summary: "The command uses a shell variable (`$NAME`, `${NAME}`) or `~`, which a shell would expand but this tool cannot.",
        explanation: r#"## What it checks

Unquoted or double-quoted `$NAME`, `${NAME}`, `$1`, `$?` and a leading `~`. A shell replaces
them with their value before the AWS CLI runs; this tool has no shell environment, so the value keeps
the text as written and this diagnostic marks it.

## Why

The request shown would otherwise silently differ from the one the command sends: a password
given as `"$PASSWORD"` is not the eight characters `$PASSWORD`.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username "$USER_NAME" --instance-id a1b2c3d4-5678-90ab-cdef-123456789012
```

This one does not:

```sh passes
aws connect create-user --username '$USER_NAME' --instance-id a1b2c3d4-5678-90ab-cdef-123456789012
```

## Fix

Replace the variable with its value. If the `$` is meant literally, put the value in single quotes.

## Source

POSIX Shell Command Language, §2.6 Word Expansions.
"#,
    },
    messages: &[&super::TEXT],
    helps: &[&super::HELP_TEXT],
    check: Check::Command,
    fix: None,
};
