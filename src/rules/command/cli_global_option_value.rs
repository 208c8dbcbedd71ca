//! `cli-global-option-value`: a global option's value the AWS CLI refuses before sending anything.

use crate::diagnostic::{Diagnostic, Severity};
use crate::path::Path;
use crate::rules::command::HelpText;
use crate::rules::{Check, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
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
    messages: &[&super::TEXT],
    helps: &[&super::HELP_TEXT],
    check: Check::Command,
    fix: None,
};

pub(crate) fn diagnostic(message: String) -> Diagnostic {
    RULE.at(Path::root(), message)
        .with_help_text("The AWS CLI stops before sending the request; fix or remove the global option.")
}
