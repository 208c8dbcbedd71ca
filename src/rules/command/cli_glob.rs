//! `cli-glob`: an unquoted `*`, `?` or `[…]`, which a shell replaces with matching file names, or zsh's `=name`.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-glob",
        severity: Severity::Warning,
        title: "File name expansion",
        summary: "An unquoted `*`, `?` or `[…]`, which a shell replaces with matching file names, or zsh's `=name`.",
        explanation: r#"## What it checks

Words with an unquoted `*`, `?` or a bracket expression `[…]` are patterns to bash, dash and zsh:
each replaces the word with the names of the files in the current directory that match it. When
none matches, bash and dash pass the word unchanged, which is how it is read here, and zsh refuses
the whole command (`no matches found`). zsh also refuses a word with an unquoted `[` that is never
closed (`bad pattern`), and replaces a word starting with an unquoted `=` (`=name`) with the path
of the command `name`, or refuses the command when there is none (`name not found`).

## Why

A password or tag value with a `*` or `?` in it (`Pa55w*rd`) works in one directory and becomes a
file name, or a refused command, in another.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --password Pa55w*rd
```

This one does not:

```sh passes
aws connect create-user --username mary --password 'Pa55w*rd'
```

## Fix

Put the value in single quotes.

## Source

POSIX Shell Command Language §2.13 Pattern Matching Notation; zsh manual, Expansion: Filename
Generation (`NOMATCH`) and Filename Expansion (`EQUALS`); checked against bash 5.2, dash 0.5.12
and zsh 5.9.
"#,
    },
    messages: &[&PATTERN, &UNCLOSED_BRACKET, &COMMAND_PATH, &super::MORE_FINDINGS],
    helps: &[&SINGLE_QUOTES, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static PATTERN: Template = Template::new(
    "A shell would replace this word with the names of the files it matches (*, ? and […] are patterns); when none does, bash and dash pass it unchanged, as it is read here, and zsh refuses the command (no matches found).",
);
static UNCLOSED_BRACKET: Template = Template::new(
    "zsh refuses a word with this unclosed [ (bad pattern); bash and dash pass it unchanged, as it is read here.",
);
static COMMAND_PATH: Template = Template::new(
    "zsh would replace this word, which starts with =, with the path of the command named after the =, or refuse the command when there is none (not found); bash and dash pass it unchanged, as it is read here.",
);
static SINGLE_QUOTES: Template = Template::new("Put the value in single quotes.");

pub(crate) fn pattern() -> Diagnostic {
    RULE.report(Path::root(), &PATTERN).with_help(&SINGLE_QUOTES)
}

pub(crate) fn unclosed_bracket() -> Diagnostic {
    RULE.report(Path::root(), &UNCLOSED_BRACKET).with_help(&SINGLE_QUOTES)
}

pub(crate) fn command_path() -> Diagnostic {
    RULE.report(Path::root(), &COMMAND_PATH).with_help(&SINGLE_QUOTES)
}
