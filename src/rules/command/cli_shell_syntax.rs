//! `cli-shell-syntax`: the pasted text is not one complete POSIX shell command: an unclosed quote, a second command, or shell syntax this tool does not read.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule};
use crate::syntax::shell::{ShellError, ShellErrorKind};
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
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
of more than 100,000 words: no command of a supported operation has that many, and reading them all
would take memory out of all proportion.

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
    messages: &[
        &UNCLOSED,
        &SECOND_COMMAND,
        &PARENTHESIS,
        &PIPE_FIRST,
        &PIPE_AFTER_PIPE,
        &PIPE_LAST,
        &HERE_DOCUMENT,
        &PROCESS_SUBSTITUTION,
        &REDIRECTION_WITHOUT_TARGET,
        &NEW_LINE,
        &NEW_LINE_AFTER_GAP,
        &BLANK_LINE,
        &COMMENT,
        &CMD_CONTINUATION,
        &POWERSHELL_CONTINUATION,
        &LOCALE_STRING,
        &NUL_ESCAPE,
        &ESCAPE_WITHOUT_DIGITS,
        &ESCAPE_NOT_UNICODE,
        &DISPUTED_ESCAPE,
        &NOT_UTF8,
        &TOO_MANY_WORDS,
        &UNPAIRED_SURROGATE,
        &super::MORE_FINDINGS,
    ],
    helps: &[&super::ONLY_THE_FIRST],
    check: Check::Command,
    about: &[],
    fix: None,
};

static UNCLOSED: Template = Template::new("The {opener} at line {line}, column {column} is never closed.");
static SECOND_COMMAND: Template = Template::new(
    "The pasted text continues after the command with `{operator}` at line {line}, column {column}; paste only the aws command, or quote the `{operator}` if it belongs to a value.",
);
static PARENTHESIS: Template =
    Template::new("The {operator} at line {line}, column {column} is shell syntax; quote it if it belongs to a value.");
static PIPE_FIRST: Template =
    Template::new("The `{operator}` at line {line}, column {column} has no command before it; paste the aws command.");
static PIPE_AFTER_PIPE: Template =
    Template::new("The `{operator}` at line {line}, column {column} follows another `|` with no command between them.");
static PIPE_LAST: Template =
    Template::new("The `|` at line {line}, column {column} has no command after it; paste the whole command.");
static HERE_DOCUMENT: Template = Template::new(
    "The here-document `{operator}` at line {line}, column {column} is shell syntax this tool does not read; paste only the aws command.",
);
static PROCESS_SUBSTITUTION: Template = Template::new(
    "The process substitution `{operator}` at line {line}, column {column} is shell syntax this tool does not read; paste only the aws command.",
);
static REDIRECTION_WITHOUT_TARGET: Template = Template::new(
    "The redirection `{operator}` at line {line}, column {column} has nothing after it; paste the whole command.",
);
static NEW_LINE: Template =
    Template::new("Line {line} starts a new command; end line {ended_line} with \\ to continue it.");
static NEW_LINE_AFTER_GAP: Template = Template::new(
    "Line {line} starts a new command; end line {ended_line} with \\ and remove the blank or comment lines after it to continue it.",
);
static BLANK_LINE: Template = Template::new(
    "Line {line} starts a new command: the blank line {blank_line} ends the command before it; remove the blank line.",
);
static COMMENT: Template = Template::new(
    "Line {line} starts a new command: the # comment on line {comment_line} ends the command before it; move the comment out of the command.",
);
static CMD_CONTINUATION: Template = Template::new(
    "Line {line} ends with ^, the cmd.exe line continuation; paste a bash or zsh command, whose lines end in \\.",
);
static POWERSHELL_CONTINUATION: Template = Template::new(
    "Line {line} ends with `, the PowerShell line continuation; paste a bash or zsh command, whose lines end in \\.",
);
static LOCALE_STRING: Template = Template::new(
    "The $\" at line {line}, column {column} reads differently in bash, which drops the $, and in dash and zsh, which keep it; remove the $ or write \\$.",
);
static NUL_ESCAPE: Template = Template::new(
    "The escape {escape:raw} at line {line}, column {column} is a NUL character, which would cut the value short; remove it.",
);
static ESCAPE_WITHOUT_DIGITS: Template = Template::new(
    "The escape {escape:raw} at line {line}, column {column} has no hex digits after it, which bash and zsh read differently; add the digits.",
);
static ESCAPE_NOT_UNICODE: Template =
    Template::new("The escape {escape:raw} at line {line}, column {column} is not a Unicode character.");
static DISPUTED_ESCAPE: Template = Template::new(
    "The escape {escape:raw} at line {line}, column {column} means different things in bash and zsh; write the character without the backslash, or as \\xHH.",
);
static NOT_UTF8: Template = Template::new(
    "The $'…' string at line {line}, column {column} makes bytes that are not UTF-8 text; write its characters with \\u escapes.",
);
static TOO_MANY_WORDS: Template = Template::new(
    "The word at line {line}, column {column} is word {word} of the command: no supported command has that many; paste one command.",
);
static UNPAIRED_SURROGATE: Template =
    Template::new("The text has an unpaired UTF-16 surrogate at index {index}, which is not a Unicode character.");

/// The diagnostic for a text the shell reader refuses; the reader gives it the error's span.
pub(crate) fn diagnostic(error: &ShellError) -> Diagnostic {
    let at = |message: &'static Template| {
        RULE.report(Path::root(), message)
            .with_arg("line", Arg::count(error.line))
            .with_arg("column", Arg::count(error.column))
    };
    let operator = |operator: &str| Arg::Word(Cow::Owned(operator.to_owned()));
    match &error.kind {
        ShellErrorKind::Unclosed { opener } => at(&UNCLOSED).with_arg("opener", Arg::word(opener)),
        ShellErrorKind::SecondCommand { operator: op } => at(&SECOND_COMMAND).with_arg("operator", operator(op)),
        ShellErrorKind::Parenthesis { operator: op } => at(&PARENTHESIS).with_arg("operator", operator(op)),
        ShellErrorKind::PipeFirst { operator: op } => at(&PIPE_FIRST).with_arg("operator", operator(op)),
        ShellErrorKind::PipeAfterPipe { operator: op } => at(&PIPE_AFTER_PIPE).with_arg("operator", operator(op)),
        ShellErrorKind::PipeLast => at(&PIPE_LAST),
        ShellErrorKind::HereDocument { operator: op } => at(&HERE_DOCUMENT).with_arg("operator", operator(op)),
        ShellErrorKind::ProcessSubstitution { operator: op } => {
            at(&PROCESS_SUBSTITUTION).with_arg("operator", operator(op))
        }
        ShellErrorKind::RedirectionWithoutTarget { operator: op } => {
            at(&REDIRECTION_WITHOUT_TARGET).with_arg("operator", operator(op))
        }
        ShellErrorKind::NewLine { ended_line } => at(&NEW_LINE).with_arg("ended_line", Arg::count(*ended_line)),
        ShellErrorKind::NewLineAfterGap { ended_line } => {
            at(&NEW_LINE_AFTER_GAP).with_arg("ended_line", Arg::count(*ended_line))
        }
        ShellErrorKind::BlankLine { blank_line } => at(&BLANK_LINE).with_arg("blank_line", Arg::count(*blank_line)),
        ShellErrorKind::Comment { comment_line } => at(&COMMENT).with_arg("comment_line", Arg::count(*comment_line)),
        ShellErrorKind::CmdContinuation => at(&CMD_CONTINUATION),
        ShellErrorKind::PowerShellContinuation => at(&POWERSHELL_CONTINUATION),
        ShellErrorKind::LocaleString => at(&LOCALE_STRING),
        ShellErrorKind::NulEscape { escape } => at(&NUL_ESCAPE).with_arg("escape", Arg::text(escape)),
        ShellErrorKind::EscapeWithoutDigits { escape } => {
            at(&ESCAPE_WITHOUT_DIGITS).with_arg("escape", Arg::text(escape))
        }
        ShellErrorKind::EscapeNotUnicode { escape } => at(&ESCAPE_NOT_UNICODE).with_arg("escape", Arg::text(escape)),
        ShellErrorKind::DisputedEscape { escape } => at(&DISPUTED_ESCAPE).with_arg("escape", Arg::text(escape)),
        ShellErrorKind::NotUtf8 => at(&NOT_UTF8),
        ShellErrorKind::TooManyWords { limit } => at(&TOO_MANY_WORDS).with_arg("word", Arg::count(limit + 1)),
    }
}

/// For text with an unpaired surrogate at UTF-16 `index` (JavaScript text), which no Rust string
/// can hold, so the reader never sees it.
pub(crate) fn unpaired_surrogate(index: usize) -> Diagnostic {
    RULE.report(Path::root(), &UNPAIRED_SURROGATE).with_arg("index", Arg::count(index))
}
