//! `cli-unknown-option`: the command has words the AWS CLI does not accept: an option create-user does not have, or a value without its option.

use crate::diagnostic::Severity;
use crate::rules::{Check, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        code: "cli-unknown-option",
        severity: Severity::Error,
        title: "Unknown option",
        summary: "The command has words the AWS CLI does not accept: an option create-user does not have, or a value without its option.",
        explanation: r#"## What it checks

Every word after `aws connect create-user` must be one of its options (or a unique prefix of
one), a value of the option before it, or one of the AWS CLI's global options. Other words are
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

Remove the word, spell the option as create-user has it, or quote a value that contains spaces.

## Source

AWS CLI `awscli/clidriver.py` (`UnknownArgumentError`); shorthand notes §1 step 2.
"#,
    },
    messages: &[&super::TEXT],
    helps: &[&super::HELP_TEXT],
    check: Check::Command,
    fix: None,
};
