//! Codes reported while reading a pasted command (`parseCliCommand`): what the AWS CLI would
//! refuse, and what a browser cannot do that a shell would.

pub(crate) mod cli_ambiguous_option;
pub(crate) mod cli_command_substitution;
pub(crate) mod cli_file_reference;
pub(crate) mod cli_global_option;
pub(crate) mod cli_missing_value;
pub(crate) mod cli_not_create_user;
pub(crate) mod cli_shell_syntax;
pub(crate) mod cli_skeleton;
pub(crate) mod cli_syntax;
pub(crate) mod cli_type_conversion;
pub(crate) mod cli_unknown_option;
pub(crate) mod cli_variable;

// TEMPORARY: the command reader still writes its messages as text; it moves to typed findings
// once the hardening of the reader has landed.
use crate::diagnostic::{Arg, Diagnostic};
use crate::path::Path;
use crate::render::Template;
use crate::rules::Rule;
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
