//! `cli-shell-syntax`: the pasted text is not one complete POSIX shell command: an unclosed quote, a second command, or shell syntax this tool does not read.

use crate::diagnostic::Severity;
use crate::rules::{Check, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        code: "cli-shell-syntax",
        severity: Severity::Error,
        title: "Not a single, complete shell command",
        summary: "The pasted text is not one complete POSIX shell command: an unclosed quote, a second command, or shell syntax this tool does not read.",
        explanation: r#"## What it checks

The text is split into words as bash, zsh or dash would split it: single and double quotes,
backslash escapes, `$'…'`, backslash-newline continuations, comments and an optional `$ ` prompt are
understood, and so are redirections and a pipe after the command, which `cli-redirection` marks.
The text must be exactly one command. An unclosed quote, `;`, `&&`, `||`, `&`, a `|` with no
command after it, a here-document (`<<`), a process substitution (`<(…)`) or a second line that
does not continue the first gives this diagnostic, pointing at the culprit, and no request. So does
a line ending in `^` or a backtick, the line continuations of cmd.exe and PowerShell, and a command
of more than 100,000 words: no create-user command has that many, and reading them all would take
memory out of all proportion.

## Why

Without a complete command there are no words to read options from, and a second command means
the paste is not what it seems.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username 'mary
```

This one does not:

```sh passes
aws connect create-user --username 'mary'
```

## Fix

Close the quote, remove what follows the command, or end each continued line with a backslash.

## Source

POSIX Shell Command Language, §2.2 Quoting and §2.3 Token Recognition; AWS CLI User Guide on quoting strings.
"#,
    },
    check: Check::Command,
};
