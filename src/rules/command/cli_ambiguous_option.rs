//! `cli-ambiguous-option`: an abbreviated option matches more than one option.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-ambiguous-option",
        severity: Severity::Error,
        title: "Ambiguous option prefix",
        summary: "An abbreviated option matches more than one option.",
        explanation: r#"## What it checks

The AWS CLI accepts any unique prefix of an option, as the AWS documentation's own example does
with `--security-profile-id` for `--security-profile-ids`. A prefix that matches several options is an
error: `ambiguous option: --pho could match --phone-config, --phone-number-configs`.

## Why

Python's argparse, which the AWS CLI uses with abbreviations allowed, stops with exit status 2.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --pho PhoneType=SOFT_PHONE
```

This one does not:

```sh passes
aws connect create-user --username mary --phone-config PhoneType=SOFT_PHONE
```

## Fix

Spell the option out in full.

## Source

Python `argparse` (`allow_abbrev`); AWS CLI `awscli/argparser.py`; shorthand notes §1 step 2.
"#,
    },
    messages: &[&AMBIGUOUS, &super::MORE_FINDINGS],
    helps: &[&SPELL_IT_OUT, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static AMBIGUOUS: Template = Template::new("ambiguous option: {prefix} could match {options:list}");
static SPELL_IT_OUT: Template = Template::new("Spell the option out in full.");

/// `prefix` is the option word without its `=value`, which can be personal data: `--i=FirstName=…`
/// (--identity-info or --instance-id); the CLI's own message repeats the whole word.
pub(crate) fn diagnostic(prefix: &str, options: &[&'static str]) -> Diagnostic {
    RULE.report(Path::root(), &AMBIGUOUS)
        .with_help(&SPELL_IT_OUT)
        .with_arg("prefix", Arg::Word(Cow::Owned(prefix.to_owned())))
        .with_arg("options", Arg::words(options))
}
