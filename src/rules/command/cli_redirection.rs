//! `cli-redirection`: the command redirects its input or output, or pipes its output into another command; neither is part of the request.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-redirection",
        severity: Severity::Info,
        title: "Pipe or redirection",
        summary: "The command redirects its input or output, or pipes its output into another command; neither is part of the request.",
        explanation: r#"## What it checks

Redirections (`> out.json`, `2>&1`, `&> log`, `< in`, `2>/dev/null`), wherever they stand in the
command, and a pipe into further commands (`| jq .`, `|& tee log`). The aws command itself is read
as the shell would run it, without them, and this diagnostic marks each one: the redirection from
its file descriptor number to its target, the pipe from the `|` to the end of the pipeline.

## Why

The AWS CLI still sends the request; only where its output goes changes. What follows a `|` is
another program, which this tool does not read. (A second command after `;`, `&&` or a new line is
different: the text is then not one command, and `cli-shell-syntax` says so.)

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --instance-id a1b2c3d4-5678-90ab-cdef-123456789012 | jq .UserId
```

This one does not:

```sh passes
aws connect create-user --username mary --instance-id a1b2c3d4-5678-90ab-cdef-123456789012
```

## Fix

Nothing to fix: the request is the same. Leave the redirection or pipe out to paste only the
request.

## Source

POSIX Shell Command Language §2.7 Redirection and §2.9.2 Pipelines.
"#,
    },
    messages: &[&REDIRECTION, &PIPE, &super::MORE_FINDINGS],
    helps: &[&super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static REDIRECTION: Template = Template::new(
    "The redirection {redirection:raw} changes where the command reads or writes; it is not part of the request, which is the same without it.",
);
static PIPE: Template = Template::new(
    "The command's output is piped into another command; what follows the | is not part of the request, which the AWS CLI still sends.",
);

/// `redirection` as written: its file descriptor, operator and target (`2>&1`, `> out.json`).
pub(crate) fn redirection(redirection: &str) -> Diagnostic {
    RULE.report(Path::root(), &REDIRECTION).with_arg("redirection", Arg::text(redirection))
}

pub(crate) fn pipe() -> Diagnostic {
    RULE.report(Path::root(), &PIPE)
}
