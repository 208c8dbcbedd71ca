//! Text syntaxes around the request: JSON now; the AWS CLI's shorthand and commands build on it.

pub mod json;
