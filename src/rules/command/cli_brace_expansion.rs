//! `cli-brace-expansion`: an unquoted `{a,b}` or `{1..3}`, which bash and zsh expand into several words, or a `}` that zsh refuses.

use super::shell_names;
use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};
use crate::syntax::shell::Shells;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-brace-expansion",
        severity: Severity::Warning,
        title: "Brace expansion",
        summary:
            "An unquoted `{a,b}` or `{1..3}`, which bash and zsh expand into several words, or a `}` that zsh refuses.",
        explanation: r#"## What it checks

Unquoted braces with a comma between them (`{a,b}`, `x{a,b}y`) or a sequence (`{1..3}`,
`{a..e}`, `{1..9..2}`). bash and zsh replace them with one word per part (`a b`, `xay xby`,
`1 2 3`) before the AWS CLI runs; dash passes them unchanged, which is how they are read here. The
two shells differ on a few sequences (zsh also takes `{1..a}`, bash also `{a..e..2}` and `{+1..3}`),
and the message says which one expands it. It also marks a word that ends with an unquoted `}`
closing no `{` of its own (`a,b}`): zsh reads that as the end of a `{ … }` block and refuses the
whole command with `parse error near '}'`.

When more than 20 are found, the first 20 are listed and one more diagnostic counts the rest; the
same holds for every `cli-*` code.

## Why

The request sent from bash or zsh differs from the one shown: `--security-profile-ids {a,b}`
sends the two IDs `a` and `b`, and `--tags Key={x,y}` sends two tag words.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --security-profile-ids {a,b}
```

This one does not:

```sh passes
aws connect create-user --username mary --security-profile-ids a b
```

## Fix

Write the words out, or quote the braces (`'{a,b}'`) if they belong to the value.

## Source

GNU Bash Reference Manual §3.5.1 Brace Expansion; zsh manual, Expansion: Brace Expansion and the
`IGNORE_CLOSE_BRACES` option; checked against bash 5.2, dash 0.5.12 and zsh 5.9.
"#,
    },
    messages: &[&LIST, &SEQUENCE_ONE_PASSES, &SEQUENCE_TWO_PASS, &ZSH_CLOSE_BRACE, &super::MORE_FINDINGS],
    helps: &[&WRITE_THE_WORDS_OUT, &QUOTE_THE_BRACE, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static LIST: Template = Template::new(
    "bash and zsh would expand this brace expression into one word for each of its {parts} comma-separated parts; dash passes it unchanged, as it is read here.",
);
static SEQUENCE_ONE_PASSES: Template = Template::new(
    "{expanding:and} would expand this brace expression into a sequence of words; {passing:and} passes it unchanged, as it is read here.",
);
static SEQUENCE_TWO_PASS: Template = Template::new(
    "{expanding:and} would expand this brace expression into a sequence of words; {passing:and} pass it unchanged, as it is read here.",
);
static ZSH_CLOSE_BRACE: Template = Template::new(
    "zsh refuses the command at this }}, which ends a word without closing a {{ of it (parse error near `}}'); bash and dash pass it unchanged, as it is read here.",
);
static WRITE_THE_WORDS_OUT: Template =
    Template::new("Write the words out, or quote the braces if they belong to the value.");
static QUOTE_THE_BRACE: Template = Template::new("Quote the }} if it belongs to the value.");

/// `{a,b}` with `parts` comma-separated parts.
pub(crate) fn list(parts: usize) -> Diagnostic {
    RULE.report(Path::root(), &LIST).with_help(&WRITE_THE_WORDS_OUT).with_arg("parts", Arg::count(parts))
}

/// `{1..3}` in the shells named.
pub(crate) fn sequence(shells: Shells) -> Diagnostic {
    let (expanding, passing) = shell_names(shells);
    let message = if passing.len() == 1 { &SEQUENCE_ONE_PASSES } else { &SEQUENCE_TWO_PASS };
    RULE.report(Path::root(), message)
        .with_help(&WRITE_THE_WORDS_OUT)
        .with_arg("expanding", Arg::words(expanding))
        .with_arg("passing", Arg::words(passing))
}

/// A `}` ending a word with no `{` of its own.
pub(crate) fn zsh_close_brace() -> Diagnostic {
    RULE.report(Path::root(), &ZSH_CLOSE_BRACE).with_help(&QUOTE_THE_BRACE)
}
