//! `cli-no-request`: the command makes the AWS CLI print its version or the command's help, and send no request.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-no-request",
        severity: Severity::Warning,
        title: "Version or help instead of a request",
        summary: "The command makes the AWS CLI print its version or the command's help, and send no request.",
        explanation: r#"## What it checks

The global option `--version` anywhere in the command (the CLI prints its version and exits), and
the word `help` where the CLI's hidden `help` argument takes it: as the first word that no option
takes (`aws connect create-user --username mary help`). Either way the AWS CLI prints something
and sends nothing. The options given are still read into the request shown here.
(`--generate-cli-skeleton` has its own code, `cli-skeleton`.)

## Why

Pasting the command into a terminal creates or changes no user.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --version
```

This one does not:

```sh passes
aws connect create-user --username mary
```

## Fix

Remove `--version` or the word `help`.

## Source

AWS CLI `awscli/argparser.py` (`MainArgParser` adds `--version`; `ArgTableArgParser`) and
`awscli/clidriver.py` (`ServiceOperation.__call__` shows the help when its `help` argument is
`help`).
"#,
    },
    messages: &[&VERSION, &HELP, &super::MORE_FINDINGS],
    helps: &[&REMOVE_VERSION, &REMOVE_HELP, &super::ONLY_THE_FIRST],
    check: Check::Command,
    about: &[],
    fix: None,
};

static VERSION: Template = Template::new("With --version the AWS CLI prints its version and sends no request.");
static HELP: Template =
    Template::new("With the word help the AWS CLI prints the help of {command} and sends no request.");
static REMOVE_VERSION: Template = Template::new("Remove --version to send the request.");
static REMOVE_HELP: Template = Template::new("Remove the word help to send the request, or quote it if it is a value.");

pub(crate) fn version() -> Diagnostic {
    RULE.report(Path::root(), &VERSION).with_help(&REMOVE_VERSION)
}

/// The help of `command` (`create-user`).
pub(crate) fn help(command: &'static str) -> Diagnostic {
    RULE.report(Path::root(), &HELP).with_help(&REMOVE_HELP).with_arg("command", Arg::word(command))
}
