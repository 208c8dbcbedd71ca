//! `cli-command-substitution`: the command uses `$(…)` or backticks, which a shell would run but this tool does not.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
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
    messages: &[&SUBSTITUTION, &SUBSTITUTION_IN_OPTION, &super::MORE_FINDINGS],
    helps: &[&REPLACE_IT, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static SUBSTITUTION: Template =
    Template::new("A shell would replace {substitution:raw} with the command's output; here it stays as written.");
static SUBSTITUTION_IN_OPTION: Template = Template::new(
    "A shell would replace a command substitution in {option} with the command's output; here it stays as written.",
);
static REPLACE_IT: Template =
    Template::new("Replace it with the value itself, or quote it with single quotes if it is meant literally.");

/// `written` is the substitution as pasted (`$(cat id.txt)`). In the value of `personal_option`,
/// an option that can hold personal data, the message names the option instead.
pub(crate) fn diagnostic(path: Path, written: &str, personal_option: Option<&'static str>) -> Diagnostic {
    match personal_option {
        Some(option) => RULE.report(path, &SUBSTITUTION_IN_OPTION).with_arg("option", Arg::word(option)),
        None => RULE.report(path, &SUBSTITUTION).with_arg("substitution", Arg::text(written)),
    }
    .with_help(&REPLACE_IT)
}
