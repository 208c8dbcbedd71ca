//! Codes reported while reading a pasted command (`parseCliCommand`): what the AWS CLI would
//! refuse, and what a browser cannot do that a shell would.

use crate::diagnostic::Diagnostic;
use crate::path::Path;
use crate::rules::Rule;
use crate::syntax::shell::Shells;

pub(crate) mod cli_ambiguous_option;
pub(crate) mod cli_brace_expansion;
pub(crate) mod cli_command_substitution;
pub(crate) mod cli_file_reference;
pub(crate) mod cli_glob;
pub(crate) mod cli_global_option;
pub(crate) mod cli_global_option_value;
pub(crate) mod cli_history_expansion;
pub(crate) mod cli_missing_value;
pub(crate) mod cli_no_request;
pub(crate) mod cli_not_create_user;
pub(crate) mod cli_nul_character;
pub(crate) mod cli_redirection;
pub(crate) mod cli_shell_syntax;
pub(crate) mod cli_skeleton;
pub(crate) mod cli_syntax;
pub(crate) mod cli_type_conversion;
pub(crate) mod cli_unknown_option;
pub(crate) mod cli_variable;

/// Diagnostics of one code reported one by one for a pasted command; one more counts the rest.
pub(crate) const REPORTED_PER_CODE: usize = 20;

/// The diagnostic that counts the `more` findings of `rule` past the first [`REPORTED_PER_CODE`].
pub(crate) fn summary(rule: &'static Rule, more: usize) -> Diagnostic {
    let findings = if more == 1 { "finding" } else { "findings" };
    rule.at(
        Path::root(),
        format!("{more} more {findings} of this kind ({}) are not listed one by one.", rule.doc.title),
    )
    .with_help_text(format!(
        "Only the first {REPORTED_PER_CODE} are listed; `explain {}` says what they have in common.",
        rule.doc.code
    ))
}

/// The shells that do something (of bash and zsh), and the ones that pass the word unchanged.
fn shell_names(shells: Shells) -> (&'static [&'static str], &'static [&'static str]) {
    match (shells.bash, shells.zsh) {
        (true, true) => (&["bash", "zsh"], &["dash"]),
        (true, false) => (&["bash"], &["dash", "zsh"]),
        _ => (&["zsh"], &["bash", "dash"]),
    }
}

// TEMPORARY: the command reader still writes its messages as text; it moves to typed findings
// once the hardening of the reader has landed.
use crate::diagnostic::Arg;
use crate::render::Template;
use std::borrow::Cow;

pub(crate) static TEXT: Template = Template("{text}");
pub(crate) static HELP_TEXT: Template = Template("{help}");

impl Rule {
    pub(crate) fn at(&'static self, path: Path, message: impl Into<String>) -> Diagnostic {
        self.report(path, &TEXT).with_arg("text", Arg::Word(Cow::Owned(message.into())))
    }
}

pub(crate) trait HelpText {
    fn with_help_text(self, help: impl Into<String>) -> Self;
}

impl HelpText for Diagnostic {
    fn with_help_text(self, help: impl Into<String>) -> Self {
        self.with_help(&HELP_TEXT).with_arg("help", Arg::Word(Cow::Owned(help.into())))
    }
}
