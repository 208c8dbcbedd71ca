//! Validation core for the Amazon Connect `CreateUser` request (`aws connect create-user`): every
//! rule explained, fixes, and the AWS CLI's shorthand and JSON syntax.
//!
//! The core is plain Rust. It works on an untyped [`Value`], so wrong types, unknown members and
//! missing members are diagnostics rather than deserialization failures.

#[cfg(feature = "messages")]
pub mod catalogue;
pub mod diagnostic;
mod engine;
mod fixes;
pub mod model;
pub mod operation;
pub mod options;
pub mod path;
pub mod plan;
mod redaction;
#[cfg(feature = "messages")]
pub mod render;
#[cfg(feature = "messages")]
pub mod report;
pub mod rules;
pub mod syntax;
mod validation;
pub mod value;
#[cfg(target_arch = "wasm32")]
mod wasm;
pub mod wire;

pub use diagnostic::{Arg, Diagnostic, Edit, Fix, Severity, Span, Template, ValidationResult};
pub use fixes::{apply_fixes, FixSelection};
pub use operation::Operation;
pub use options::{IdentityType, Options};
pub use path::{Path, Segment};
pub use plan::{plan_user_update, Plan, PlannedCall};
pub use redaction::{is_password_name, redact_password, PASSWORD_PLACEHOLDER};
pub use rules::{explain, rules, RuleDoc};
pub use syntax::command::{parse_cli_command, parse_cli_input_json, ParsedCommand};
pub use syntax::emit::{
    skeleton, to_cli_argv, to_cli_command, to_cli_input_json, to_shorthand, CommandOptions, Syntax,
};
pub use syntax::shell::Shell;

pub use validation::{validate, validate_many};
pub use value::{Number, Object, Value};
