//! `cli-missing-value`: an option that takes a value is followed by another option or by nothing.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
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
    messages: &[&EXPECTED_ONE, &super::MORE_FINDINGS],
    helps: &[&GIVE_THE_VALUE, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static EXPECTED_ONE: Template = Template::new("argument {option}: expected one argument");
static GIVE_THE_VALUE: Template =
    Template::new("Give the value right after the option; a value starting with - needs the --option=value form.");

/// `option` (at `path`, for an operation option) has no value.
pub(crate) fn diagnostic(path: Path, option: &'static str) -> Diagnostic {
    RULE.report(path, &EXPECTED_ONE).with_help(&GIVE_THE_VALUE).with_arg("option", Arg::word(option))
}
