//! `cli-syntax`: an option value is neither valid AWS CLI shorthand nor valid JSON.

use crate::diagnostic::Severity;
use crate::rules::{Check, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        code: "cli-syntax",
        severity: Severity::Error,
        title: "Shorthand or JSON syntax error",
        summary: "An option value is neither valid AWS CLI shorthand nor valid JSON.",
        explanation: r#"## What it checks

Structures, maps and lists of structures take shorthand (`FirstName=Mary,LastName=Major`) or,
when the value starts with `{` or `[`, JSON. The value is parsed exactly as AWS CLI 1.46.3 parses it,
and the message is the CLI's own, with its caret diagram: `Error parsing parameter '--tags':
Expected: '=', received: 'EOF' for input: …`. For options that can hold personal data (`--password`,
`--identity-info`, `--phone-config`, `--phone-number-configs`, `--cli-input-json`) the message stops
before the CLI's echo of the value; the diagnostic's span still marks it in the pasted text. Invalid
`--cli-input-json` documents are reported here too.

## Why

The AWS CLI refuses the command with exit status 255 before sending anything. Shorthand has a few
traps: a quote inside a bare value, a value with a comma after the first position, or two list
elements joined with `,` (the `Second instance of key` error).

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --identity-info FirstName=Mary}
```

This one does not:

```sh passes
aws connect create-user --username mary --identity-info FirstName=Mary,LastName=Major
```

## Fix

Fix the value as the message shows, quote values with commas, or write the value as JSON.

## Source

AWS CLI `awscli/shorthand.py` and `awscli/argprocess.py`; shorthand notes §2 and §3.1.
"#,
    },
    messages: &[&super::TEXT],
    helps: &[&super::HELP_TEXT],
    check: Check::Command,
    fix: None,
};
