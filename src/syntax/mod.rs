//! Text syntaxes around the request: JSON, the AWS CLI's shorthand, shell words, and whole
//! `aws connect create-user` commands in both directions.

pub mod coerce;
pub mod command;
pub mod emit;
pub mod invisible;
pub mod jmespath;
pub mod json;
pub mod options;
pub mod shell;
pub mod shorthand;

/// What JavaScript text with an unpaired surrogate at UTF-16 `index` gets, since no Rust string
/// can hold it.
pub fn unpaired_surrogate_message(index: usize) -> String {
    crate::rules::command::cli_shell_syntax::unpaired_surrogate(index).message()
}
