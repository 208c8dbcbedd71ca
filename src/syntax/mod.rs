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
