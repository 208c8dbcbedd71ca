//! `cli-type-conversion`: a shorthand value cannot be converted to its member's type, such as a word where an integer belongs.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
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
    messages: &[&PYTHON_ERROR, &NO_KEYS, &STRING_INDEX, &super::MORE_FINDINGS],
    helps: &[&CHECK_THE_TYPES, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static PYTHON_ERROR: Template = Template::new("{reason}");
static NO_KEYS: Template = Template::new("'{type}' object has no attribute 'keys'");
static STRING_INDEX: Template = Template::new("string index out of range");
static CHECK_THE_TYPES: Template =
    Template::new("The AWS CLI could not convert the value of {option}; check the member types.");

/// Why the AWS CLI cannot convert a parsed value, as the Python exception it prints says.
pub(crate) enum Unconvertible {
    /// The conversion of a shorthand value for its member (`syntax::coerce`), in Python's words.
    Python(String),
    /// A `--cli-input-json` document that is not an object but a Python `type` (`list`, `str`).
    NotAnObject(&'static str),
    /// An empty word among the JSON elements of a list option.
    EmptyWord,
}

pub(crate) fn diagnostic(path: Path, option: &'static str, unconvertible: Unconvertible) -> Diagnostic {
    let diagnostic = match unconvertible {
        Unconvertible::Python(reason) => {
            RULE.report(path, &PYTHON_ERROR).with_arg("reason", Arg::Word(Cow::Owned(reason)))
        }
        Unconvertible::NotAnObject(type_name) => RULE.report(path, &NO_KEYS).with_arg("type", Arg::word(type_name)),
        Unconvertible::EmptyWord => RULE.report(path, &STRING_INDEX),
    };
    diagnostic.with_help(&CHECK_THE_TYPES).with_arg("option", Arg::word(option))
}
