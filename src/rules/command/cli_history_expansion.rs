//! `cli-history-expansion`: a `!` (or a line starting with `^`) that interactive bash and zsh replace with text from an earlier command.

use super::shell_names;
use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};
use crate::syntax::shell::Shells;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-history-expansion",
        severity: Severity::Warning,
        title: "History expansion",
        summary: "A `!` (or a line starting with `^`) that interactive bash and zsh replace with text from an earlier command.",
        explanation: r#"## What it checks

At an interactive prompt, bash and zsh read a `!` outside single quotes (even in double quotes) as
a history reference: `!!`, `!$` or `!word` become text from an earlier command, and a reference
that matches nothing makes the shell refuse the whole line (`event not found`). A `!` before a
blank, the end of the line or `=` is left alone, and the shells differ on a few more: bash acts on
`!'`, zsh on `!"` inside double quotes. A line starting with `^` (`^old^new`) repeats the previous
command with a substitution. In double quotes, interactive zsh also passes `\!` as `!`, where bash
and dash keep the backslash. Scripts and dash do none of this, which is how the text is read here.

## Why

A password such as `Pass!word1`, pasted at a prompt, either picks up text from an earlier
command or is refused, and in neither case is the password the one shown.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --password "Pass!word1"
```

This one does not:

```sh passes
aws connect create-user --username mary --password 'Pass!word1'
```

## Fix

Put the value in single quotes (where a continued line must not start with `^`, write `''^`).

## Source

GNU Bash Reference Manual §9.3 History Expansion; zsh manual, Expansion: History Expansion;
checked against `bash -i` 5.2 and `zsh -i` 5.9.
"#,
    },
    messages: &[&CARET, &BANG, &BACKSLASH, &super::MORE_FINDINGS],
    helps: &[&SINGLE_QUOTES, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static CARET: Template = Template::new(
    "Interactive {shells:and} would read the line starting with this ^ as a ^old^new substitution of the previous command; scripts and dash pass it unchanged, as it is read here.",
);
static BANG: Template = Template::new(
    "Interactive {shells:and} would replace this ! and what follows it with text from an earlier command, or refuse the command (event not found); scripts and dash pass it unchanged, as it is read here.",
);
static BACKSLASH: Template = Template::new(
    "In double quotes, interactive zsh passes this \\! as !, while bash, dash and scripts keep the backslash, as it is read here.",
);
static SINGLE_QUOTES: Template = Template::new("Put the value in single quotes.");

/// A `!` (or, with `caret`, a line starting with `^`) that the shells named expand.
pub(crate) fn expansion(shells: Shells, caret: bool) -> Diagnostic {
    let (expanding, _) = shell_names(shells);
    let message = if caret { &CARET } else { &BANG };
    RULE.report(Path::root(), message).with_help(&SINGLE_QUOTES).with_arg("shells", Arg::words(expanding))
}

/// `\!` in double quotes.
pub(crate) fn backslash() -> Diagnostic {
    RULE.report(Path::root(), &BACKSLASH).with_help(&SINGLE_QUOTES)
}
