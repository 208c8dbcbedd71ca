//! `cli-type-conversion`: a shorthand value cannot be converted to its member's type, such as a word where an integer belongs.

use crate::diagnostic::Severity;
use crate::rules::{Check, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        code: "cli-type-conversion",
        severity: Severity::Error,
        title: "Value cannot be converted",
        summary: "A shorthand value cannot be converted to its member's type, such as a word where an integer belongs.",
        explanation: r#"## What it checks

After parsing shorthand, the AWS CLI converts values with the model: `int()` for integers (which
accepts `+7`, `1_000` and other Unicode digits), `true`/`false` in any case for booleans, and a lone
value into a list. When `int()` fails the CLI prints Python's own error, such as `invalid literal for
int() with base 10: 'sixty'`, and this diagnostic carries that text.

## Why

The AWS CLI stops with exit status 255. (A boolean that is neither true nor false is not converted
and reaches botocore as a string, which the `type` rule reports on the request.)

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --phone-config AfterContactWorkTimeLimit=sixty
```

This one does not:

```sh passes
aws connect create-user --username mary --phone-config AfterContactWorkTimeLimit=60
```

## Fix

Write the value as the member's type: digits for integers, true or false for booleans.

## Source

AWS CLI `awscli/shorthand.py` (`BackCompatVisitor`); shorthand notes §3.3.
"#,
    },
    messages: &[&super::TEXT],
    helps: &[&super::HELP_TEXT],
    check: Check::Command,
    fix: None,
};
