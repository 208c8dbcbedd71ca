//! `cli-global-option-value`: a global option's value the AWS CLI refuses before sending anything.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-global-option-value",
        severity: Severity::Error,
        title: "Invalid global option",
        summary: "A global option's value the AWS CLI refuses before sending anything.",
        explanation: r#"## What it checks

The AWS CLI checks its global options before it builds the request, and stops without sending
anything when one is wrong. This diagnostic carries the CLI's own message:

- `--output` must be `json`, `text` or `table`, and `--color` `on`, `off` or `auto`
  (`argument --output: Invalid choice, valid choices are: …`).
- Flags take no value: `--debug=true` gives `argument --debug: ignored explicit argument 'true'`.
- `--query` must be a JMESPath expression that jmespath 1.1.0 compiles (`Bad value for --query …`).
  Its syntax is checked here as that library checks it, including its recursion limit on deeply
  nested expressions.
- `--cli-read-timeout` and `--cli-connect-timeout` must be whole numbers as Python's `int()`
  reads them, and not negative (0 means no timeout).
- `--region` must look like a host name label (`Provided region_name 'us west' doesn't match a
  supported format.`), and `--endpoint-url` must have a scheme and a valid host
  (`Invalid endpoint: …`).

`--profile` and `--ca-bundle` name things on the machine that runs the command, which this tool
cannot see; they are not checked.

## Why

The command fails with exit status 2 (argparse) or 255, and no user is created.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --output yaml
```

This one does not:

```sh passes
aws connect create-user --username mary --output json --query UserId
```

## Fix

Use a valid value as the message says, or remove the option: none of them changes the request.

## Source

AWS CLI `awscli/data/cli.json`, `awscli/argparser.py` (`CLIArgParser._check_value`),
`awscli/customizations/globalargs.py` (`_resolve_query`, `_resolve_endpoint_url`,
`_resolve_timeout`); botocore `utils.validate_region_name` and `is_valid_endpoint_url`; urllib3
`Timeout`; jmespath 1.1.0 `lexer.py` and `parser.py`.
"#,
    },
    messages: &[
        &IGNORED_ARGUMENT,
        &INVALID_CHOICE,
        &BAD_QUERY,
        &NO_SCHEME,
        &INVALID_ENDPOINT,
        &INVALID_IPV6_URL,
        &INVALID_REGION,
        &REGION_ENDPOINT,
        &NOT_AN_INTEGER,
        &NEGATIVE_TIMEOUT,
        &super::MORE_FINDINGS,
    ],
    helps: &[&FIX_OR_REMOVE, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static IGNORED_ARGUMENT: Template = Template::new("argument {option}: ignored explicit argument {value:repr}");
static INVALID_CHOICE: Template =
    Template::new("argument {option}: Invalid choice, valid choices are: {choices:pipes}");
static BAD_QUERY: Template = Template::new("Bad value for --query {expression:raw}: {reason}");
static NO_SCHEME: Template = Template::new(
    "Bad value for --endpoint-url \"{url:raw}\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/",
);
static INVALID_ENDPOINT: Template = Template::new("Invalid endpoint: {url:raw}");
static INVALID_IPV6_URL: Template = Template::new("Invalid IPv6 URL");
// botocore quotes the region with '…', not with repr().
static INVALID_REGION: Template =
    Template::new("Provided region_name '{region:raw}' doesn't match a supported format.");
static REGION_ENDPOINT: Template = Template::new("Invalid endpoint: https://connect.{region:raw}.amazonaws.com");
static NOT_AN_INTEGER: Template = Template::new("{reason}");
static NEGATIVE_TIMEOUT: Template = Template::new(
    "Attempted to set {which} timeout to -{digits:raw}, but the timeout cannot be set to a value less than or equal to 0.",
);
static FIX_OR_REMOVE: Template =
    Template::new("The AWS CLI stops before sending the request; fix or remove the global option.");

fn report(message: &'static Template) -> Diagnostic {
    RULE.report(Path::root(), message).with_help(&FIX_OR_REMOVE)
}

/// `--debug=value`: a flag given a value.
pub(crate) fn ignored_argument(option: &'static str, value: &str) -> Diagnostic {
    report(&IGNORED_ARGUMENT).with_arg("option", Arg::word(option)).with_arg("value", Arg::text(value))
}

/// A value of `option` that is none of its `choices`.
pub(crate) fn invalid_choice(option: &'static str, choices: &[&'static str]) -> Diagnostic {
    report(&INVALID_CHOICE).with_arg("option", Arg::word(option)).with_arg("choices", Arg::words(choices))
}

/// A `--query` `expression` that jmespath refuses, with jmespath's `reason`.
pub(crate) fn bad_query(expression: &str, reason: String) -> Diagnostic {
    report(&BAD_QUERY).with_arg("expression", Arg::text(expression)).with_arg("reason", Arg::Word(Cow::Owned(reason)))
}

/// An `--endpoint-url` without a scheme.
pub(crate) fn endpoint_without_scheme(url: &str) -> Diagnostic {
    report(&NO_SCHEME).with_arg("url", Arg::text(url))
}

/// An `--endpoint-url` whose host botocore refuses.
pub(crate) fn invalid_endpoint(url: &str) -> Diagnostic {
    report(&INVALID_ENDPOINT).with_arg("url", Arg::text(url))
}

/// An `--endpoint-url` with a `[` and no `]`, or the other way round.
pub(crate) fn invalid_ipv6_url() -> Diagnostic {
    report(&INVALID_IPV6_URL)
}

/// A `--region` that is no host name label.
pub(crate) fn invalid_region(region: &str) -> Diagnostic {
    report(&INVALID_REGION).with_arg("region", Arg::text(region))
}

/// A `--region` that makes no valid endpoint (empty, or with a final newline).
pub(crate) fn region_endpoint(region: &str) -> Diagnostic {
    report(&REGION_ENDPOINT).with_arg("region", Arg::text(region))
}

/// A timeout that Python's `int()` refuses, with Python's `reason`.
pub(crate) fn timeout_not_an_integer(reason: String) -> Diagnostic {
    report(&NOT_AN_INTEGER).with_arg("reason", Arg::Word(Cow::Owned(reason)))
}

/// A negative `which` (`read` or `connect`) timeout, `-digits`.
pub(crate) fn negative_timeout(which: &'static str, digits: &str) -> Diagnostic {
    report(&NEGATIVE_TIMEOUT).with_arg("which", Arg::word(which)).with_arg("digits", Arg::text(digits))
}
