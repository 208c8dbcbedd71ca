//! `cli-variable`: the command uses a shell variable (`$NAME`, `${NAME}`) or `~`, which a shell would expand but this tool cannot.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
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
    messages: &[&VARIABLE, &VARIABLE_IN_OPTION, &TILDE, &TILDE_IN_OPTION, &super::MORE_FINDINGS],
    helps: &[&REPLACE_IT, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static VARIABLE: Template =
    Template::new("A shell would replace {variable:raw} with the variable's value; here it stays as written.");
static VARIABLE_IN_OPTION: Template =
    Template::new("A shell would replace a variable in {option} with the variable's value; here it stays as written.");
static TILDE: Template =
    Template::new("A shell would replace {tilde:raw} with a home directory; here it stays as written.");
static TILDE_IN_OPTION: Template =
    Template::new("A shell would replace a ~ in {option} with a home directory; here it stays as written.");
static REPLACE_IT: Template =
    Template::new("Replace it with the value itself, or quote it with single quotes if it is meant literally.");

/// `written` is the variable as pasted (`$NAME`, `${NAME}`). In the value of `personal_option`,
/// an option that can hold personal data, the message names the option instead.
pub(crate) fn variable(path: Path, written: &str, personal_option: Option<&'static str>) -> Diagnostic {
    match personal_option {
        Some(option) => RULE.report(path, &VARIABLE_IN_OPTION).with_arg("option", Arg::word(option)),
        None => RULE.report(path, &VARIABLE).with_arg("variable", Arg::text(written)),
    }
    .with_help(&REPLACE_IT)
}

/// A leading `~` (`~`, `~mary`), as [`variable`] reports a variable.
pub(crate) fn tilde(path: Path, written: &str, personal_option: Option<&'static str>) -> Diagnostic {
    match personal_option {
        Some(option) => RULE.report(path, &TILDE_IN_OPTION).with_arg("option", Arg::word(option)),
        None => RULE.report(path, &TILDE).with_arg("tilde", Arg::text(written)),
    }
    .with_help(&REPLACE_IT)
}
