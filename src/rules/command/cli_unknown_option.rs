//! `cli-unknown-option`: the command has words the AWS CLI does not accept: an option the command does not have, or a value without its option.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule};
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-unknown-option",
        severity: Severity::Error,
        title: "Unknown option",
        summary: "The command has words the AWS CLI does not accept: an option the command does not have, or a value without its option.",
        explanation: r#"## What it checks

Every word after `aws connect create-user` (or another supported command, such as
`aws connect tag-resource`) must be one of that command's options (or a unique prefix of one), a
value of the option before it, or one of the AWS CLI's global options. Other words are
collected and reported much as the CLI reports them (`Unknown options: --nickname, Mary`), except that
only words spelled like option names (`--` and lowercase letters, digits and dashes) are named; the
rest are counted (`Unknown options: --nickname, 1 more word`). When an option is misspelled its value
is among them, and that value may be a password; so may the word after an option that the CLI says
is missing its value (`--password -Secr3t`), which is never named either.

## Why

The AWS CLI refuses the whole command with exit status 255. A frequent cause is a value with
spaces that lost its quotes, so its second half became a word of its own.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --nickname Mary
```

This one does not:

```sh passes
aws connect create-user --username mary
```

## Fix

Remove the word, spell the option as the command has it, or quote a value that contains spaces.

## Source

AWS CLI `awscli/clidriver.py` (`UnknownArgumentError`); shorthand notes §1 step 2.
"#,
    },
    messages: &[&UNKNOWN, &UNKNOWN_AND_MORE, &ONLY_MORE, &super::MORE_FINDINGS],
    helps: &[&REMOVE_OR_QUOTE, &super::ONLY_THE_FIRST],
    check: Check::Command,
    about: &[],
    fix: None,
};

static UNKNOWN: Template = Template::new("Unknown options: {options:list}");
static UNKNOWN_AND_MORE: Template = Template::new("Unknown options: {options:list}, {more:count more word}");
static ONLY_MORE: Template = Template::new("Unknown options: {more:count more word}");
static REMOVE_OR_QUOTE: Template =
    Template::new("{command} has no such option, or the words belong to the option before them and need quotes.");

/// The words the CLI would name: `options`, spelled like option names (`--nickname`), and `more`
/// others, only counted since they can be values such as a password; `command` is the command's
/// name (`create-user`).
pub(crate) fn diagnostic(options: Vec<String>, more: usize, command: &'static str) -> Diagnostic {
    let message = match (options.is_empty(), more) {
        (false, 0) => &UNKNOWN,
        (false, _) => &UNKNOWN_AND_MORE,
        (true, _) => &ONLY_MORE,
    };
    RULE.report(Path::root(), message)
        .with_help(&REMOVE_OR_QUOTE)
        .with_arg("options", Arg::Words(options.into_iter().map(Cow::Owned).collect()))
        .with_arg("more", Arg::count(more))
        .with_arg("command", Arg::word(command))
}
