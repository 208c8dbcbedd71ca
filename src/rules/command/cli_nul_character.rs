//! `cli-nul-character`: the pasted text holds a NUL character, which bash and dash drop and zsh cuts the word short at.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-nul-character",
        severity: Severity::Warning,
        title: "NUL character in the command",
        summary: "The pasted text holds a NUL character, which bash and dash drop and zsh cuts the word short at.",
        explanation: r#"## What it checks

A NUL character (U+0000) anywhere in the pasted text. No program argument can hold one, and the
shells deal with it differently: bash and dash drop it (`a<NUL>b` is `ab`), which is how it is
read here; zsh passes the word only up to it (`a`); and bash refuses to run a script file whose
first line holds one (`cannot execute binary file`).

## Why

A NUL character is almost always left over from a copy out of a binary file or a broken
terminal, and the value sent depends on the shell.

## Example

This pasted command gets the diagnostic (`<NUL>` stands for the NUL character):

```sh fails
aws connect create-user --username ma<NUL>ry
```

This one does not:

```sh passes
aws connect create-user --username mary
```

## Fix

Remove the NUL character.

## Source

Checked against bash 5.2, dash 0.5.12 and zsh 5.9 reading a script with NUL characters.
"#,
    },
    messages: &[&NUL, &super::MORE_FINDINGS],
    helps: &[&REMOVE_IT, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static NUL: Template =
    Template::new("A NUL character: bash and dash drop it, as it is read here, and zsh cuts the word short at it.");
static REMOVE_IT: Template = Template::new("Remove the NUL character; no value can hold one.");

pub(crate) fn diagnostic() -> Diagnostic {
    RULE.report(Path::root(), &NUL).with_help(&REMOVE_IT)
}
