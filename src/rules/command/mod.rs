//! Codes reported while reading a pasted command (`parseCliCommand`): what the AWS CLI would
//! refuse, and what a browser cannot do that a shell would.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic};
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

// Every cli-* rule lists these two, since the reader counts any code past its first few findings.
static MORE_FINDINGS: Template =
    Template::new("{more:count more finding} of this kind ({rule:title}) are not listed one by one.");
static ONLY_THE_FIRST: Template =
    Template::new("Only the first {reported} are listed; `explain {rule}` says what they have in common.");

/// The diagnostic that counts the `more` findings of `rule` past the first [`REPORTED_PER_CODE`].
pub(crate) fn summary(rule: &'static Rule, more: usize) -> Diagnostic {
    rule.report(Path::root(), &MORE_FINDINGS)
        .with_help(&ONLY_THE_FIRST)
        .with_arg("more", Arg::count(more))
        .with_arg("rule", Arg::Rule(rule))
        .with_arg("reported", Arg::count(REPORTED_PER_CODE))
}

/// The shells that do something (of bash and zsh), and the ones that pass the word unchanged.
fn shell_names(shells: Shells) -> (&'static [&'static str], &'static [&'static str]) {
    match (shells.bash, shells.zsh) {
        (true, true) => (&["bash", "zsh"], &["dash"]),
        (true, false) => (&["bash"], &["dash", "zsh"]),
        _ => (&["zsh"], &["bash", "dash"]),
    }
}
