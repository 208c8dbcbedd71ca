//! Table tests: for every code, requests that trigger it (with the severity expected) and near
//! misses that must not.

mod common;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use common::{diagnostics_in, diagnostics_of, identity, parse, request_with, AWS_DOCS_EXAMPLE};
use connect_user_validator::syntax::json;
use connect_user_validator::{apply_fixes, path, validate, FixSelection, Operation, Severity, Value};

const CM: Option<&str> = Some("CONNECT_MANAGED");
const ANY: Option<&str> = None;

/// One row of tests/data/rule-cases.json, which the JavaScript tests share: a request fragment over
/// the base request, and the severity expected for the code, or null for a near miss.
struct Case {
    code: String,
    /// CreateUser unless the row names another operation.
    operation: Operation,
    identity_type: Option<String>,
    fragment: String,
    expected: Option<Severity>,
}

fn cases() -> Vec<Case> {
    let rows = parse(include_str!("data/rule-cases.json"));
    let text = |row: &Value, key: &str| row.get(key).and_then(Value::as_str).map(str::to_owned);
    rows.as_array()
        .unwrap()
        .iter()
        .map(|row| Case {
            code: text(row, "code").unwrap(),
            operation: text(row, "operation")
                .map_or(Operation::CreateUser, |name| Operation::parse(&name).expect("a known operation")),
            identity_type: text(row, "identityManagementType"),
            fragment: json::to_string(row.get("request").unwrap(), None),
            expected: text(row, "expect").map(|s| match s.as_str() {
                "error" => Severity::Error,
                "warning" => Severity::Warning,
                _ => Severity::Info,
            }),
        })
        .collect()
}

#[test]
fn every_case_triggers_or_misses_as_expected() {
    let mut failures = Vec::new();
    for case in cases() {
        let found = diagnostics_in(case.operation, &case.code, case.identity_type.as_deref(), &case.fragment);
        let severities: Vec<Severity> = found.iter().map(|d| d.severity).collect();
        let ok = match case.expected {
            Some(severity) => !severities.is_empty() && severities.iter().all(|s| *s == severity),
            None => severities.is_empty(),
        };
        if !ok {
            let (code, operation, identity, fragment, expected) =
                (&case.code, case.operation, &case.identity_type, &case.fragment, case.expected);
            failures.push(format!(
                "{code} ({operation}, {identity:?}) on {fragment}: expected {expected:?}, got {found:#?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_catalogue_code_has_a_trigger_and_a_near_miss() {
    let cases = cases();
    // The AWS CLI syntax's codes are tested in tests/command.rs, the update plan's in tests/plan.rs.
    for doc in
        connect_user_validator::rules().filter(|doc| !doc.code.starts_with("cli-") && !doc.code.starts_with("plan-"))
    {
        let of_code: Vec<&Case> = cases.iter().filter(|c| c.code == doc.code).collect();
        assert!(of_code.iter().any(|c| c.expected.is_some()), "{} has no triggering case", doc.code);
        assert!(of_code.iter().any(|c| c.expected.is_none()), "{} has no near miss", doc.code);
    }
}

#[test]
fn the_aws_docs_example_under_connect_managed() {
    let result = validate(&parse(AWS_DOCS_EXAMPLE), &identity(CM));
    assert!(result.valid, "{:#?}", result.diagnostics);
    let summary: Vec<(&str, Severity, String)> =
        result.diagnostics.iter().map(|d| (d.code(), d.severity, d.path.to_string())).collect();
    assert_eq!(
        summary,
        [
            ("email-required", Severity::Warning, "IdentityInfo.Email".to_owned()),
            ("legacy-phone-config", Severity::Info, "PhoneConfig".to_owned()),
            ("id-format", Severity::Warning, "SecurityProfileIds[0]".to_owned()),
            ("id-format", Severity::Warning, "RoutingProfileId".to_owned()),
            ("id-format", Severity::Warning, "InstanceId".to_owned()),
        ]
    );
}

#[test]
fn fixing_the_aws_docs_example_migrates_phone_config() {
    let fixed = apply_fixes(&parse(AWS_DOCS_EXAMPLE), FixSelection::All, &identity(CM));
    let expected = parse(
        r#"{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true}],
            "AfterContactWorkConfigs": [{"Channel": "VOICE", "AfterContactWorkConfig": {"AfterContactWorkTimeLimit": 60}}],
            "PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "DESK_PHONE", "PhoneNumber": "+15555551212"}]}"#,
    );
    assert_eq!(fixed.get("PhoneConfig"), None);
    for member in ["AutoAcceptConfigs", "AfterContactWorkConfigs", "PhoneNumberConfigs"] {
        assert_eq!(fixed.get(member), expected.get(member), "{member}");
    }
    assert!(validate(&fixed, &identity(CM)).diagnostics.iter().all(|d| d.code() != "legacy-phone-config"));
}

#[test]
fn conflicts_name_both_sides_and_their_fix_resolves_them() {
    let request = request_with(
        r#"{"PhoneConfig": {"AutoAccept": true}, "AutoAcceptConfigs": [{"Channel": "CHAT", "AutoAccept": false}]}"#,
    );
    let conflict = validate(&request, &identity(ANY))
        .diagnostics
        .into_iter()
        .find(|d| d.code() == "phone-config-conflict")
        .unwrap();
    assert_eq!(conflict.path, path!["PhoneConfig", "AutoAccept"]);
    assert_eq!(conflict.related, [path!["AutoAcceptConfigs"]]);
    let fixed = apply_fixes(&request, FixSelection::Codes(&["phone-config-conflict"]), &identity(ANY));
    assert_eq!(
        json::to_string(fixed.get("AutoAcceptConfigs").unwrap(), None),
        r#"[{"Channel":"CHAT","AutoAccept":false},{"Channel":"VOICE","AutoAccept":true}]"#
    );
    assert_eq!(fixed.get("PhoneConfig"), None);
}

#[test]
fn migration_fixes_add_before_they_remove() {
    // A client that applies only fix.path and fix.value must not lose the phone settings.
    for (fragment, code) in [
        (r#"{"PhoneConfig": {"AutoAccept": true}, "AutoAcceptConfigs": []}"#, "phone-config-conflict"),
        (r#"{"PhoneConfig": {"PhoneType": "SOFT_PHONE", "AutoAccept": true}}"#, "legacy-phone-config"),
    ] {
        let diagnostic = diagnostics_of(code, ANY, fragment).into_iter().next().expect(code);
        let fix = diagnostic.fix(&request_with(fragment)).expect("a fix");
        assert!(fix.edit.value.is_some(), "{code}: the main edit adds a list");
        assert_eq!(fix.also.last().map(|edit| (&edit.path, edit.value.is_none())), Some((&path!["PhoneConfig"], true)));
    }
}

#[test]
fn a_null_phone_config_field_is_not_moved() {
    let request = request_with(
        r#"{"PhoneConfig": {"PhoneType": null, "DeskPhoneNumber": "+15555551212"}, "PhoneNumberConfigs": []}"#,
    );
    let fixed = apply_fixes(&request, FixSelection::Codes(&["phone-config-conflict"]), &identity(ANY));
    assert_eq!(
        json::to_string(fixed.get("PhoneNumberConfigs").unwrap(), None),
        r#"[{"Channel":"VOICE","PhoneType":"SOFT_PHONE","PhoneNumber":"+15555551212"}]"#
    );
    assert_eq!(fixed.get("PhoneConfig"), None);
}

#[test]
fn an_existing_voice_element_wins_over_phone_config() {
    let request = request_with(
        r#"{"PhoneConfig": {"AutoAccept": true, "PhoneType": "SOFT_PHONE"}, "AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": false}]}"#,
    );
    let fixed = apply_fixes(&request, FixSelection::Codes(&["phone-config-conflict"]), &identity(ANY));
    assert_eq!(
        json::to_string(fixed.get("AutoAcceptConfigs").unwrap(), None),
        r#"[{"Channel":"VOICE","AutoAccept":false}]"#
    );
    assert_eq!(json::to_string(fixed.get("PhoneConfig").unwrap(), None), r#"{"PhoneType":"SOFT_PHONE"}"#);
}

#[test]
fn fixes_carry_the_documented_remedies() {
    let cases = [
        (
            r#"{"IdentityInfo": {"FirstName": "Zoe\u0308"}}"#,
            "name-not-nfc",
            path!["IdentityInfo", "FirstName"],
            "\"Zoë\"",
        ),
        (
            r#"{"PhoneConfig": {"PhoneType": "desk-phone"}}"#,
            "enum",
            path!["PhoneConfig", "PhoneType"],
            "\"DESK_PHONE\"",
        ),
        (
            r#"{"RoutingProfileId": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/routing-profile/a1b2c3d4-5678-90ab-cdef-123456789012"}"#,
            "arn-instead-of-id",
            path!["RoutingProfileId"],
            "\"a1b2c3d4-5678-90ab-cdef-123456789012\"",
        ),
        (r#"{"PhoneConfig": {"AutoAccept": "TRUE"}}"#, "type", path!["PhoneConfig", "AutoAccept"], "true"),
        (
            r#"{"PhoneConfig": {"AfterContactWorkTimeLimit": "60"}}"#,
            "type",
            path!["PhoneConfig", "AfterContactWorkTimeLimit"],
            "60",
        ),
        (
            r#"{"PhoneConfig": {"PhoneType": "DESK_PHONE", "DeskPhoneNumber": "+1 (555) 555-1212"}}"#,
            "phone-number-format",
            path!["PhoneConfig", "DeskPhoneNumber"],
            "\"+15555551212\"",
        ),
    ];
    for (fragment, code, path, value) in cases {
        let diagnostic =
            diagnostics_of(code, ANY, fragment).into_iter().next().unwrap_or_else(|| panic!("{code} on {fragment}"));
        let fix = diagnostic.fix(&request_with(fragment)).unwrap_or_else(|| panic!("{code} has a fix"));
        assert_eq!(fix.edit.path, path);
        assert_eq!(fix.edit.value.map(|v| json::to_string(&v, None)).as_deref(), Some(value));
    }
}

#[test]
fn inferred_type_names_the_deciding_members() {
    let found = diagnostics_of(
        "identity-type-inferred",
        ANY,
        r#"{"Password": "Pass@Word1", "IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}"#,
    );
    assert_eq!(found[0].message(), "No identity-management type was given; the request fits only CONNECT_MANAGED.");
    assert_eq!((found[0].severity, &found[0].related), (Severity::Info, &vec![path!["Password"]]));
    let found = diagnostics_of(
        "identity-type-inferred",
        ANY,
        r#"{"IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}"#,
    );
    assert_eq!(
        found[0].message(),
        "No identity-management type was given; the request fits SAML or EXISTING_DIRECTORY."
    );
    let found = diagnostics_of(
        "identity-type-inferred",
        ANY,
        r#"{"Password": "Pass@Word1", "IdentityInfo": {"FirstName": "Mary"}}"#,
    );
    assert_eq!(found[0].severity, Severity::Error);
}

#[test]
fn a_request_that_fits_no_identity_type_is_not_valid() {
    // CONNECT_MANAGED needs the names; SAML and EXISTING_DIRECTORY forbid the Password.
    let request = request_with(r#"{"Username": "a", "Password": "Hunter2-Hunter2"}"#);
    let result = validate(&request, &identity(ANY));
    assert!(!result.valid);
    let errors: Vec<_> = result.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let inferred = errors[0];
    assert_eq!(inferred.code(), "identity-type-inferred");
    assert!(inferred.path.is_root());
    assert_eq!(
        inferred.message(),
        "No identity-management type was given, and the request fits none: it is not valid whatever the \
         instance's type."
    );
    assert_eq!(
        inferred.related,
        [path!["IdentityInfo", "FirstName"], path!["IdentityInfo", "LastName"], path!["Password"]]
    );
    let help = inferred.help().unwrap_or_default();
    for first in [
        "Not CONNECT_MANAGED: IdentityInfo.FirstName is required",
        "Not SAML: Password is not allowed",
        "Not EXISTING_DIRECTORY: Password is not allowed",
    ] {
        assert!(help.contains(first), "{first}: {help}");
    }
    assert!(!help.contains("Hunter2") && !inferred.message().contains("Hunter2"));
}

#[test]
fn a_non_object_request_is_one_type_diagnostic_at_the_root() {
    for text in ["null", "[]", "5", "\"mary\"", "true"] {
        let result = validate(&parse(text), &identity(ANY));
        assert!(!result.valid);
        assert_eq!(result.diagnostics.len(), 1, "{text}");
        assert_eq!((result.diagnostics[0].code(), result.diagnostics[0].path.is_root()), ("type", true));
    }
}

#[test]
fn unknown_members_are_capped_per_object() {
    let members: Vec<String> = (0..5000).map(|i| format!("\"extra{i}\": {i}")).collect();
    let found = diagnostics_of("unknown-member", ANY, &format!("{{{}}}", members.join(",")));
    assert_eq!(found.len(), 21);
    let summary = found.iter().find(|d| d.path.is_root()).expect("one diagnostic sums up the rest");
    assert_eq!(summary.message(), "4980 more members are not in CreateUserRequest.");
}

#[test]
fn repeated_security_profiles_carry_one_fix_for_the_whole_list() {
    // 3,000 IDs listed twice: a fix per repeat would hold 3,000 copies of the list.
    let ids: Vec<String> = (0..3000).map(|i| format!("\"0b3f6a4e-1c2d-4e5f-8a9b-{i:012}\"")).collect();
    let fragment = format!("{{\"SecurityProfileIds\": [{0}, {0}]}}", ids.join(","));
    let found = diagnostics_of("duplicate-security-profile", ANY, &fragment);
    assert_eq!(found.len(), 3000);
    assert_eq!(found.iter().filter(|d| d.fixable).count(), 1);
    let fixed =
        apply_fixes(&request_with(&fragment), FixSelection::Codes(&["duplicate-security-profile"]), &identity(ANY));
    assert_eq!(fixed.get("SecurityProfileIds").and_then(Value::as_array).map(<[Value]>::len), Some(3000));
}
