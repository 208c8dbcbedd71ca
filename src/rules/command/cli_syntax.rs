//! `cli-syntax`: an option value is neither valid AWS CLI shorthand nor valid JSON.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};
use crate::syntax::json::JsonError;
use crate::syntax::shorthand::ShorthandError;
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
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
    messages: &[
        &SHORTHAND,
        &SHORTHAND_UNECHOED,
        &JSON,
        &JSON_UNECHOED,
        &NOT_JSON,
        &NOT_JSON_UNECHOED,
        &super::MORE_FINDINGS,
    ],
    helps: &[&FIX_THE_VALUE, &FIX_THE_UNECHOED_VALUE, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static SHORTHAND: Template = Template::new("Error parsing parameter '{parameter}': {reason}{input}");
static SHORTHAND_UNECHOED: Template = Template::new("Error parsing parameter '{parameter}': {reason}");
static JSON: Template =
    Template::new("Error parsing parameter '{parameter}': Invalid JSON: {reason}\nJSON received: {value:raw}");
static JSON_UNECHOED: Template = Template::new("Error parsing parameter '{parameter}': Invalid JSON: {reason}");
static NOT_JSON: Template = Template::new("Error parsing parameter '{parameter}': Invalid JSON:\n{value:raw}");
static NOT_JSON_UNECHOED: Template = Template::new("Error parsing parameter '{parameter}': Invalid JSON:");
static FIX_THE_VALUE: Template =
    Template::new("Fix the value of {option}; `explain cli-syntax` shows the shorthand and JSON forms.");
static FIX_THE_UNECHOED_VALUE: Template = Template::new(
    "Fix the value of {option}; `explain cli-syntax` shows the shorthand and JSON forms. The value is not repeated here because it can hold personal data.",
);

/// Why the AWS CLI cannot parse an option value.
pub(crate) enum Unparsable {
    /// Shorthand its parser refuses.
    Shorthand(ShorthandError),
    /// JSON that Python's `json.loads` refuses.
    Json { error: JsonError, value: String },
    /// A value the CLI took for JSON and prints after `Invalid JSON:`: `[…]` where a structure
    /// belongs, or a list element that is no object.
    NotJson { value: String },
}

/// A value of `option` the CLI cannot parse. Its message names the option as `parameter`
/// (`--tags`, or `cli-input-json` for that one) and echoes the value, except for an option that
/// can hold `personal` data.
pub(crate) fn diagnostic(
    path: Path,
    parameter: &'static str,
    option: &'static str,
    unparsable: Unparsable,
    personal: bool,
) -> Diagnostic {
    let word = |text: &str| Arg::Word(Cow::Owned(text.to_owned()));
    let (message, args): (&'static Template, Vec<(&'static str, Arg)>) = match (unparsable, personal) {
        (Unparsable::Shorthand(error), false) => {
            let (reason, input) = error.reason_and_input();
            (&SHORTHAND, vec![("reason", word(reason)), ("input", word(input))])
        }
        (Unparsable::Shorthand(error), true) => {
            (&SHORTHAND_UNECHOED, vec![("reason", word(error.reason_and_input().0))])
        }
        (Unparsable::Json { error, value }, false) => {
            (&JSON, vec![("reason", word(&error.to_string())), ("value", Arg::Text(value))])
        }
        (Unparsable::Json { error, .. }, true) => (&JSON_UNECHOED, vec![("reason", word(&error.to_string()))]),
        (Unparsable::NotJson { value }, false) => (&NOT_JSON, vec![("value", Arg::Text(value))]),
        (Unparsable::NotJson { .. }, true) => (&NOT_JSON_UNECHOED, Vec::new()),
    };
    let help = if personal { &FIX_THE_UNECHOED_VALUE } else { &FIX_THE_VALUE };
    let diagnostic = RULE
        .report(path, message)
        .with_help(help)
        .with_arg("parameter", Arg::word(parameter))
        .with_arg("option", Arg::word(option));
    args.into_iter().fold(diagnostic, |diagnostic, (name, arg)| diagnostic.with_arg(name, arg))
}
