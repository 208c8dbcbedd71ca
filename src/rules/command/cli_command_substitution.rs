//! `cli-command-substitution`: the command uses `$(…)` or backticks, which a shell would run but this tool does not.

use crate::diagnostic::Severity;
use crate::rules::{Check, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        code: "cli-command-substitution",
        severity: Severity::Warning,
        title: "Command substitution not run",
        summary: "The command uses `$(…)` or backticks, which a shell would run but this tool does not.",
        explanation: r#"## What it checks

Unquoted or double-quoted `$(command)` and `` `command` ``. A shell runs the command and puts its
output in its place; this tool never runs anything, so the value keeps the text as written.

## Why

Command substitution is how scripts fetch IDs (`$(aws connect list-routing-profiles …)`); the
request here cannot know their output. Running pasted text is exactly what this tool must never do.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --routing-profile-id "$(cat routing-profile-id.txt)"
```

This one does not:

```sh passes
aws connect create-user --username mary --routing-profile-id a1b2c3d4-5678-90ab-cdef-123456789012
```

## Fix

Run the command yourself and paste its output in place of the substitution.

## Source

POSIX Shell Command Language, §2.6.3 Command Substitution.
"#,
    },
    messages: &[&super::TEXT],
    helps: &[&super::HELP_TEXT],
    check: Check::Command,
    fix: None,
};
