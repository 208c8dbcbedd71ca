//! Each operation validates its own input: the examples in examples/operations/ pass under every
//! identity-management type, and a rule runs only where its members are.

mod common;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use common::parse;
use connect_user_validator::{validate, IdentityType, Operation, Options, Severity, Value};

/// The example of an update operation; included, as the wasm tests have no file system.
fn example(operation: Operation) -> Value {
    parse(match operation {
        Operation::CreateUser => include_str!("../examples/aws-docs-example.json"),
        Operation::UpdateUserIdentityInfo => include_str!("../examples/operations/UpdateUserIdentityInfo.json"),
        Operation::UpdateUserPhoneConfig => include_str!("../examples/operations/UpdateUserPhoneConfig.json"),
        Operation::UpdateUserConfig => include_str!("../examples/operations/UpdateUserConfig.json"),
        Operation::UpdateUserSecurityProfiles => include_str!("../examples/operations/UpdateUserSecurityProfiles.json"),
        Operation::UpdateUserRoutingProfile => include_str!("../examples/operations/UpdateUserRoutingProfile.json"),
        Operation::UpdateUserHierarchy => include_str!("../examples/operations/UpdateUserHierarchy.json"),
        Operation::TagResource => include_str!("../examples/operations/TagResource.json"),
        Operation::UntagResource => include_str!("../examples/operations/UntagResource.json"),
    })
}

fn codes(request: &Value, operation: Operation, identity_type: Option<IdentityType>) -> Vec<(&'static str, Severity)> {
    let result = validate(request, &Options { operation, identity_type });
    result.diagnostics.iter().map(|d| (d.code(), d.severity)).collect()
}

#[test]
fn every_example_is_valid_in_its_operation_under_every_type() {
    for operation in Operation::ALL.into_iter().skip(1) {
        for identity_type in [None].into_iter().chain(IdentityType::ALL.map(Some)) {
            let found = codes(&example(operation), operation, identity_type);
            let errors: Vec<_> = found.iter().filter(|(_, severity)| *severity == Severity::Error).collect();
            assert!(errors.is_empty(), "{operation} under {identity_type:?}: {errors:?}");
        }
    }
}

#[test]
fn the_only_findings_on_the_examples_are_the_documented_advice() {
    let advice = |operation| codes(&example(operation), operation, None);
    assert_eq!(advice(Operation::UpdateUserPhoneConfig), [("phone-config-superseded", Severity::Info)]);
    // Without a type, identity info gets the same note as in CreateUser: it fits every type.
    assert_eq!(advice(Operation::UpdateUserIdentityInfo), [("identity-type-inferred", Severity::Info)]);
    let others = [Operation::UpdateUserPhoneConfig, Operation::UpdateUserIdentityInfo];
    for operation in Operation::ALL.into_iter().skip(1).filter(|o| !others.contains(o)) {
        assert_eq!(advice(operation), [], "{operation}");
    }
}

#[test]
fn an_example_in_another_operation_names_what_does_not_belong() {
    let request = example(Operation::UpdateUserRoutingProfile);
    let found = codes(&request, Operation::CreateUser, None);
    assert!(found.contains(&("unknown-member", Severity::Error)), "UserId is not a CreateUser member: {found:?}");
    assert!(found.contains(&("required", Severity::Error)), "Username and SecurityProfileIds are missing: {found:?}");
}

#[test]
fn create_user_only_rules_stay_out_of_the_updates() {
    // No Password member: CONNECT_MANAGED's password-required belongs to CreateUser.
    let request = example(Operation::UpdateUserIdentityInfo);
    let found = codes(&request, Operation::UpdateUserIdentityInfo, Some(IdentityType::ConnectManaged));
    assert!(!found.iter().any(|(code, _)| code.starts_with("password") || code.starts_with("username")), "{found:?}");
}

#[test]
fn diagnostics_follow_the_operations_member_order() {
    let request = parse(r#"{"InstanceId": "", "UserId": 5, "HierarchyGroupId": 7}"#);
    let result = validate(&request, &Options { operation: Operation::UpdateUserHierarchy, identity_type: None });
    let paths: Vec<String> = result.diagnostics.iter().map(|d| d.path.to_string()).collect();
    assert_eq!(paths, ["HierarchyGroupId", "UserId", "InstanceId"]);
}

#[test]
fn the_tags_documentations_own_spelling_is_renamed_to_the_member() {
    // TagResourceRequest.tags is documented with the example { "Tags": {"key1":"value1", …} }.
    let mut request = example(Operation::TagResource);
    let Value::Object(members) = &mut request else { panic!("an object") };
    let tags = members.remove("tags").expect("the example has tags");
    members.insert("Tags", tags);
    let options = Options { operation: Operation::TagResource, identity_type: None };
    let result = validate(&request, &options);
    let unknown = result.diagnostics.iter().find(|d| d.code() == "unknown-member").expect("Tags is unknown");
    assert!(unknown.fix(&request).is_some(), "a rename to tags");
    let fixed = connect_user_validator::apply_fixes(&request, connect_user_validator::FixSelection::All, &options);
    assert_eq!(fixed, example(Operation::TagResource));
}
