//! `cli-global-option`: an abbreviated option is a prefix of one of the AWS CLI's global options, which claim it first.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule};
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-global-option",
        severity: Severity::Warning,
        title: "Abbreviation taken as a global option",
        summary: "An abbreviated option is a prefix of one of the AWS CLI's global options, which claim it first.",
        explanation: r#"## What it checks

The AWS CLI parses its global options (`--region`, `--profile`, `--output`, …) before the
operation's, anywhere in the command, and accepts unique prefixes of them. So `--p` means `--profile`,
not `--password`, and `--r` means `--region`, not `--routing-profile-id`. This diagnostic marks an
abbreviation that a global option took; the word and its value are not part of the request. Global
options written out in full are simply ignored: they do not change the request.

## Why

The option meant for the command (create-user here) silently disappears otherwise: the CLI would
then complain about a missing `--password`, or use a profile named after the password.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --p Pass@Word1
```

This one does not:

```sh passes
aws connect create-user --username mary --password Pass@Word1 --profile admin
```

## Fix

Spell the command's option out in full.

## Source

AWS CLI `awscli/data/cli.json` (global options) and `awscli/argparser.py` (`MainArgParser`); shorthand notes §1 step 1.
"#,
    },
    messages: &[&TAKEN, &super::MORE_FINDINGS],
    helps: &[&SPELL_IT_OUT, &super::ONLY_THE_FIRST],
    check: Check::Command,
    about: &[],
    fix: None,
};

// The global options are read before the command is known, so the messages do not name it.
static TAKEN: Template =
    Template::new("The AWS CLI takes {typed} as its global option {option}, not as an option of the command.");
static SPELL_IT_OUT: Template = Template::new("Spell the command's option out in full.");

/// `typed` is the abbreviation as written, a prefix of the global `option`.
pub(crate) fn diagnostic(typed: &str, option: &'static str) -> Diagnostic {
    RULE.report(Path::root(), &TAKEN)
        .with_help(&SPELL_IT_OUT)
        .with_arg("typed", Arg::Word(Cow::Owned(typed.to_owned())))
        .with_arg("option", Arg::word(option))
}
