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
