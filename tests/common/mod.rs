//! Helpers shared by the integration tests.
#![allow(dead_code)] // each test crate uses its own subset

use connect_user_validator::syntax::json;
use connect_user_validator::{validate, Diagnostic, IdentityType, Operation, Options, Value};

/// A valid request with only the required members, onto which test fragments are merged.
pub const BASE_REQUEST: &str = r#"{
    "Username": "mary",
    "SecurityProfileIds": ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"],
    "RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012",
    "InstanceId": "0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d"
}"#;

/// The members every update operation's test requests start from.
pub const BASE_UPDATE: &str = r#"{
    "UserId": "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9",
    "InstanceId": "0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d"
}"#;

/// The member TagResource and UntagResource test requests start from: the user's ARN.
pub const BASE_TAGGING: &str = r#"{
    "resourceArn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9"
}"#;

/// The AWS CLI docs example as JSON.
pub const AWS_DOCS_EXAMPLE: &str = include_str!("../../examples/aws-docs-example.json");
/// The same request as the AWS CLI reference's example command, with its continuations.
pub const AWS_DOCS_COMMAND: &str = include_str!("../../examples/aws-docs-example.sh");

pub fn parse(text: &str) -> Value {
    json::parse(text).unwrap_or_else(|e| panic!("test JSON {text:?}: {e}"))
}

/// `fragment`'s top-level members over the base CreateUser request; a fragment with an InstanceId is
/// a whole request on its own.
pub fn request_with(fragment: &str) -> Value {
    request_of(Operation::CreateUser, fragment)
}

/// `fragment`'s top-level members over the base request of `operation`; a fragment with the
/// base's identifying member (InstanceId, or resourceArn for tagging) is a whole request.
pub fn request_of(operation: Operation, fragment: &str) -> Value {
    let (base, identifying) = match operation {
        Operation::CreateUser => (BASE_REQUEST, "InstanceId"),
        Operation::TagResource | Operation::UntagResource => (BASE_TAGGING, "resourceArn"),
        _ => (BASE_UPDATE, "InstanceId"),
    };
    let fragment = parse(fragment);
    let Value::Object(members) = &fragment else { return fragment };
    if members.contains_key(identifying) {
        return fragment;
    }
    let Value::Object(mut base) = parse(base) else { unreachable!() };
    for (key, value) in members.iter() {
        base.insert(key, value.clone());
    }
    Value::Object(base)
}

pub fn identity(name: Option<&str>) -> Options {
    Options { identity_type: name.map(|n| IdentityType::parse(n).expect("an identity type")), ..Options::default() }
}

/// The diagnostics with `code` for `fragment` over the base request.
pub fn diagnostics_of(code: &str, identity_type: Option<&str>, fragment: &str) -> Vec<Diagnostic> {
    diagnostics_in(Operation::CreateUser, code, identity_type, fragment)
}

/// The diagnostics with `code` for `fragment` over the base request of `operation`.
pub fn diagnostics_in(
    operation: Operation,
    code: &str,
    identity_type: Option<&str>,
    fragment: &str,
) -> Vec<Diagnostic> {
    let options = Options { operation, ..identity(identity_type) };
    validate(&request_of(operation, fragment), &options).diagnostics.into_iter().filter(|d| d.code() == code).collect()
}
