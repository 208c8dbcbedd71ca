//! Table tests: for every code, requests that trigger it (with the severity expected) and near
//! misses that must not.

mod common;

use common::{diagnostics_of, identity, parse, request_with, AWS_DOCS_EXAMPLE};
use connect_user_validator::syntax::json;
use connect_user_validator::{apply_fixes, path, validate, Severity};

const CM: Option<&str> = Some("CONNECT_MANAGED");
const SAML: Option<&str> = Some("SAML");
const ED: Option<&str> = Some("EXISTING_DIRECTORY");
const ANY: Option<&str> = None;

/// `(code, identity type, fragment over the base request, expected severity or None for a near miss)`.
type Case = (&'static str, Option<&'static str>, &'static str, Option<Severity>);

const E: Option<Severity> = Some(Severity::Error);
const W: Option<Severity> = Some(Severity::Warning);
const I: Option<Severity> = Some(Severity::Info);
const NO: Option<Severity> = None;

const CASES: &[Case] = &[
    // required
    (
        "required",
        ANY,
        r#"{"InstanceId": "0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d", "SecurityProfileIds": ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"], "RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}"#,
        E,
    ),
    ("required", ANY, r#"{"PersistentConnectionConfigs": [{"Channel": "VOICE"}]}"#, E),
    ("required", ANY, r#"{"AfterContactWorkConfigs": [{"Channel": "VOICE"}]}"#, E),
    ("required", ANY, r#"{"PhoneConfig": {}}"#, NO),
    ("required", ANY, r#"{"AfterContactWorkConfigs": [{"Channel": "VOICE", "AfterContactWorkConfig": {}}]}"#, NO),
    // type
    ("type", ANY, r#"{"PhoneConfig": {"AutoAccept": "true"}}"#, E),
    ("type", ANY, r#"{"PhoneConfig": {"AfterContactWorkTimeLimit": "30"}}"#, E),
    ("type", ANY, r#"{"PhoneConfig": {"AfterContactWorkTimeLimit": 30.5}}"#, E),
    ("type", ANY, r#"{"PhoneConfig": {"AfterContactWorkTimeLimit": 30.0}}"#, E),
    ("type", ANY, r#"{"PhoneConfig": {"AfterContactWorkTimeLimit": 1e400}}"#, E),
    ("type", ANY, r#"{"Username": 5}"#, E),
    ("type", ANY, r#"{"IdentityInfo": []}"#, E),
    ("type", ANY, r#"{"SecurityProfileIds": "0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"}"#, E),
    ("type", ANY, r#"{"Tags": {"k": 1}}"#, E),
    ("type", ANY, r#"{"HierarchyGroupId": null}"#, E),
    ("type", ANY, r#"{"PhoneConfig": {"AutoAccept": true, "AfterContactWorkTimeLimit": 30}}"#, NO),
    ("type", ANY, r#"{"PhoneConfig": {"AfterContactWorkTimeLimit": -0}}"#, NO),
    // unknown-member
    ("unknown-member", ANY, r#"{"username": "mary"}"#, E),
    ("unknown-member", ANY, r#"{"PhoneConfig": {"PhoneNumber": "+15555551212"}}"#, E),
    ("unknown-member", ANY, r#"{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true, "Agent": true}]}"#, E),
    ("unknown-member", ANY, r#"{"Tags": {"username": "x"}}"#, NO),
    // length
    ("length", ANY, r#"{"Username": ""}"#, E),
    ("length", ANY, r#"{"InstanceId": ""}"#, E),
    ("length", ANY, r#"{"Tags": {"": "v"}}"#, E),
    (
        "length",
        ANY,
        r#"{"IdentityInfo": {"FirstName": "x", "LastName": "LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL"}}"#,
        E,
    ),
    ("length", ANY, r#"{"IdentityInfo": {"FirstName": ""}}"#, NO),
    ("length", ANY, r#"{"Tags": {"k": ""}}"#, NO),
    // enum
    ("enum", ANY, r#"{"PhoneConfig": {"PhoneType": "desk_phone"}}"#, E),
    ("enum", ANY, r#"{"VoiceEnhancementConfigs": [{"Channel": "VOICE", "VoiceEnhancementMode": "LOUD"}]}"#, E),
    ("enum", ANY, r#"{"AutoAcceptConfigs": [{"Channel": "PIGEON", "AutoAccept": true}]}"#, E),
    ("enum", ANY, r#"{"PhoneConfig": {"PhoneType": "DESK_PHONE", "DeskPhoneNumber": "+15555551212"}}"#, NO),
    // range
    ("range", ANY, r#"{"PhoneConfig": {"AfterContactWorkTimeLimit": -1}}"#, E),
    (
        "range",
        ANY,
        r#"{"AfterContactWorkConfigs": [{"Channel": "CHAT", "AfterContactWorkConfig": {"AfterContactWorkTimeLimit": -5}}]}"#,
        E,
    ),
    ("range", ANY, r#"{"PhoneConfig": {"AfterContactWorkTimeLimit": 0}}"#, NO),
    // list-length
    ("list-length", ANY, r#"{"SecurityProfileIds": []}"#, E),
    ("list-length", ANY, r#"{"SecurityProfileIds": ["a","b","c","d","e","f","g","h","i","j","k"]}"#, E),
    ("list-length", ANY, r#"{"Tags": {}}"#, E),
    ("list-length", ANY, r#"{"SecurityProfileIds": ["a","b","c","d","e","f","g","h","i","j"]}"#, NO),
    // username-length: a 21-character username is an error without SAML and fine with SAML
    ("username-length", CM, r#"{"Username": "abcdefghijklmnopqrstu"}"#, E),
    ("username-length", ED, r#"{"Username": "abcdefghijklmnopqrstu"}"#, E),
    ("username-length", SAML, r#"{"Username": "abcdefghijklmnopqrstu"}"#, NO),
    ("username-length", ANY, r#"{"Username": "abcdefghijklmnopqrstu"}"#, W),
    ("username-length", CM, r#"{"Username": "abcdefghijklmnopqrst"}"#, NO),
    (
        "username-length",
        SAML,
        r#"{"Username": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#,
        E,
    ),
    ("username-length", ANY, r#"{"Username": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#, E),
    // username-characters
    ("username-characters", SAML, r#"{"Username": "mary major"}"#, E),
    ("username-characters", CM, r#"{"Username": "märy"}"#, W),
    ("username-characters", ANY, r#"{"Username": "mary+1"}"#, W),
    ("username-characters", SAML, r#"{"Username": "mary_major-1.x@example.com"}"#, NO),
    // username-at-sign: testuser@example.com passes, testuser@example fails
    ("username-at-sign", ANY, r#"{"Username": "testuser@example"}"#, E),
    ("username-at-sign", ANY, r#"{"Username": "@example.com"}"#, E),
    ("username-at-sign", ANY, r#"{"Username": "testuser@example.com"}"#, NO),
    ("username-at-sign", ANY, r#"{"Username": "testuser"}"#, NO),
    // password-required
    ("password-required", CM, r#"{}"#, E),
    ("password-required", CM, r#"{"Password": "Pass@Word1"}"#, NO),
    ("password-required", SAML, r#"{}"#, NO),
    ("password-required", ANY, r#"{}"#, NO),
    // password-not-allowed
    ("password-not-allowed", SAML, r#"{"Password": "Pass@Word1"}"#, E),
    ("password-not-allowed", ED, r#"{"Password": "Pass@Word1"}"#, E),
    ("password-not-allowed", CM, r#"{"Password": "Pass@Word1"}"#, NO),
    ("password-not-allowed", ANY, r#"{"Password": "Pass@Word1"}"#, NO),
    // password-policy
    ("password-policy", CM, r#"{"Password": "password1"}"#, E),
    ("password-policy", ANY, r#"{"Password": "Short1"}"#, E),
    ("password-policy", CM, r#"{"Password": "Pass Word1"}"#, E),
    ("password-policy", CM, r#"{"Password": "Passwordd"}"#, E),
    ("password-policy", CM, r#"{"Password": "Pass@Word1"}"#, NO),
    ("password-policy", CM, r#"{"Password": "Passw0rd"}"#, NO),
    ("password-policy", SAML, r#"{"Password": "short"}"#, NO),
    // name-required
    ("name-required", CM, r#"{"IdentityInfo": {"FirstName": "Mary"}}"#, E),
    ("name-required", CM, r#"{"IdentityInfo": {"FirstName": "", "LastName": "Major"}}"#, E),
    ("name-required", SAML, r#"{}"#, E),
    ("name-required", SAML, r#"{"IdentityInfo": {"FirstName": "", "LastName": "Major"}}"#, W),
    ("name-required", ED, r#"{}"#, NO),
    ("name-required", CM, r#"{"IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}"#, NO),
    ("name-required", ANY, r#"{}"#, NO),
    // name-length
    (
        "name-length",
        CM,
        r#"{"IdentityInfo": {"FirstName": "M", "LastName": "LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL"}}"#,
        E,
    ),
    (
        "name-length",
        CM,
        r#"{"IdentityInfo": {"FirstName": "M", "LastName": "LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL"}}"#,
        NO,
    ),
    (
        "name-length",
        SAML,
        r#"{"IdentityInfo": {"FirstName": "M", "LastName": "LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL"}}"#,
        NO,
    ),
    // name-not-nfc
    ("name-not-nfc", ANY, r#"{"IdentityInfo": {"FirstName": "Zoe\u0308"}}"#, E),
    ("name-not-nfc", SAML, r#"{"IdentityInfo": {"LastName": "A\u030angstr\u00f6m"}}"#, E),
    ("name-not-nfc", ANY, r#"{"IdentityInfo": {"FirstName": "Zo\u00eb", "LastName": "\u00c5ngstr\u00f6m"}}"#, NO),
    ("name-not-nfc", ANY, r#"{"IdentityInfo": {"FirstName": "😀 Mary"}}"#, NO),
    // email-required
    ("email-required", CM, r#"{"IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}"#, W),
    ("email-required", CM, r#"{"IdentityInfo": {"Email": ""}}"#, W),
    ("email-required", CM, r#"{"IdentityInfo": {"Email": "mary@example.com"}}"#, NO),
    ("email-required", SAML, r#"{}"#, NO),
    ("email-required", ANY, r#"{}"#, NO),
    // email-not-allowed
    ("email-not-allowed", SAML, r#"{"IdentityInfo": {"Email": "mary@example.com"}}"#, E),
    ("email-not-allowed", SAML, r#"{"IdentityInfo": {"SecondaryEmail": "mary@example.com"}}"#, NO),
    ("email-not-allowed", CM, r#"{"IdentityInfo": {"Email": "mary@example.com"}}"#, NO),
    // email-format
    ("email-format", ANY, r#"{"IdentityInfo": {"SecondaryEmail": "mary@example"}}"#, E),
    ("email-format", ANY, r#"{"IdentityInfo": {"SecondaryEmail": "mary@example.com, bob@example.com"}}"#, E),
    ("email-format", ANY, r#"{"IdentityInfo": {"Email": "mary at example dot com"}}"#, W),
    ("email-format", ANY, r#"{"IdentityInfo": {"SecondaryEmail": "mary.major+cc@example.co.uk"}}"#, NO),
    ("email-format", ANY, r#"{"IdentityInfo": {"Email": "märy@exämple.com"}}"#, NO),
    ("email-format", SAML, r#"{"IdentityInfo": {"Email": "not an address"}}"#, NO),
    // mobile-format
    ("mobile-format", ANY, r#"{"IdentityInfo": {"Mobile": "+1 555-555-1212"}}"#, E),
    ("mobile-format", ANY, r#"{"IdentityInfo": {"Mobile": "+١٢٣٤٥"}}"#, E),
    ("mobile-format", ANY, r#"{"IdentityInfo": {"Mobile": "\\+15555551212"}}"#, E),
    ("mobile-format", ANY, r#"{"IdentityInfo": {"Mobile": "+15555551212"}}"#, NO),
    // directory-user-id-not-allowed
    ("directory-user-id-not-allowed", SAML, r#"{"DirectoryUserId": "mary"}"#, E),
    ("directory-user-id-not-allowed", ED, r#"{"DirectoryUserId": "mary"}"#, NO),
    ("directory-user-id-not-allowed", ANY, r#"{"DirectoryUserId": "mary"}"#, NO),
    // identity-type-inferred
    ("identity-type-inferred", ANY, r#"{}"#, I),
    ("identity-type-inferred", CM, r#"{}"#, NO),
    // phone-config-conflict
    ("phone-config-conflict", ANY, r#"{"PhoneConfig": {"AutoAccept": true}, "AutoAcceptConfigs": []}"#, E),
    (
        "phone-config-conflict",
        ANY,
        r#"{"PhoneConfig": {"AfterContactWorkTimeLimit": 5}, "AfterContactWorkConfigs": [{"Channel": "CHAT", "AfterContactWorkConfig": {}}]}"#,
        E,
    ),
    (
        "phone-config-conflict",
        ANY,
        r#"{"PhoneConfig": {"DeskPhoneNumber": "+15555551212"}, "PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "SOFT_PHONE"}]}"#,
        E,
    ),
    (
        "phone-config-conflict",
        ANY,
        r#"{"PhoneConfig": {"PersistentConnection": false}, "PersistentConnectionConfigs": [{"Channel": "VOICE", "PersistentConnection": true}]}"#,
        E,
    ),
    (
        "phone-config-conflict",
        ANY,
        r#"{"PhoneConfig": {"AutoAccept": true}, "AfterContactWorkConfigs": [{"Channel": "VOICE", "AfterContactWorkConfig": {}}]}"#,
        NO,
    ),
    (
        "phone-config-conflict",
        ANY,
        r#"{"PhoneConfig": {"PhoneType": "SOFT_PHONE"}, "VoiceEnhancementConfigs": [{"Channel": "VOICE", "VoiceEnhancementMode": "NONE"}]}"#,
        NO,
    ),
    // voice-only
    ("voice-only", ANY, r#"{"PhoneNumberConfigs": [{"Channel": "CHAT", "PhoneType": "SOFT_PHONE"}]}"#, E),
    ("voice-only", ANY, r#"{"PersistentConnectionConfigs": [{"Channel": "TASK", "PersistentConnection": true}]}"#, E),
    ("voice-only", ANY, r#"{"AutoAcceptConfigs": [{"Channel": "CHAT", "AutoAccept": true}]}"#, NO),
    ("voice-only", ANY, r#"{"PhoneNumberConfigs": [{"Channel": "voice", "PhoneType": "SOFT_PHONE"}]}"#, NO),
    // agent-first-callback-voice-only
    (
        "agent-first-callback-voice-only",
        ANY,
        r#"{"AutoAcceptConfigs": [{"Channel": "CHAT", "AutoAccept": true, "AgentFirstCallbackAutoAccept": false}]}"#,
        E,
    ),
    (
        "agent-first-callback-voice-only",
        ANY,
        r#"{"AfterContactWorkConfigs": [{"Channel": "TASK", "AfterContactWorkConfig": {}, "AgentFirstCallbackAfterContactWorkConfig": {}}]}"#,
        E,
    ),
    (
        "agent-first-callback-voice-only",
        ANY,
        r#"{"AfterContactWorkConfigs": [{"Channel": "VOICE", "AfterContactWorkConfig": {}, "AgentFirstCallbackAfterContactWorkConfig": {}}]}"#,
        NO,
    ),
    // duplicate-channel
    (
        "duplicate-channel",
        ANY,
        r#"{"PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "SOFT_PHONE"}, {"Channel": "VOICE", "PhoneType": "SOFT_PHONE"}]}"#,
        W,
    ),
    (
        "duplicate-channel",
        ANY,
        r#"{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true}, {"Channel": "EMAIL", "AutoAccept": true}, {"Channel": "CHAT", "AutoAccept": true}]}"#,
        NO,
    ),
    // desk-phone-number-required
    ("desk-phone-number-required", ANY, r#"{"PhoneConfig": {"PhoneType": "DESK_PHONE"}}"#, E),
    (
        "desk-phone-number-required",
        ANY,
        r#"{"PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "DESK_PHONE"}]}"#,
        E,
    ),
    ("desk-phone-number-required", ANY, r#"{"PhoneConfig": {"PhoneType": "SOFT_PHONE"}}"#, NO),
    (
        "desk-phone-number-required",
        ANY,
        r#"{"PhoneConfig": {"PhoneType": "DESK_PHONE", "DeskPhoneNumber": "+15555551212"}}"#,
        NO,
    ),
    // phone-number-unused
    (
        "phone-number-unused",
        ANY,
        r#"{"PhoneConfig": {"PhoneType": "SOFT_PHONE", "DeskPhoneNumber": "+15555551212"}}"#,
        W,
    ),
    ("phone-number-unused", ANY, r#"{"PhoneConfig": {"DeskPhoneNumber": "+15555551212"}}"#, W),
    (
        "phone-number-unused",
        ANY,
        r#"{"PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "DESK_PHONE", "PhoneNumber": "+15555551212"}]}"#,
        NO,
    ),
    // phone-number-format: ASCII digits only
    ("phone-number-format", ANY, r#"{"PhoneConfig": {"PhoneType": "DESK_PHONE", "DeskPhoneNumber": "+١٢٣٤٥"}}"#, E),
    (
        "phone-number-format",
        ANY,
        r#"{"PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "DESK_PHONE", "PhoneNumber": "15555551212"}]}"#,
        E,
    ),
    (
        "phone-number-format",
        ANY,
        r#"{"PhoneConfig": {"PhoneType": "DESK_PHONE", "DeskPhoneNumber": "x+15555551212"}}"#,
        E,
    ),
    (
        "phone-number-format",
        ANY,
        r#"{"PhoneConfig": {"PhoneType": "DESK_PHONE", "DeskPhoneNumber": "+123456789012345"}}"#,
        NO,
    ),
    // acw-range
    ("acw-range", ANY, r#"{"PhoneConfig": {"AfterContactWorkTimeLimit": 2000001}}"#, E),
    (
        "acw-range",
        ANY,
        r#"{"AfterContactWorkConfigs": [{"Channel": "VOICE", "AfterContactWorkConfig": {"AfterContactWorkTimeLimit": 1}, "AgentFirstCallbackAfterContactWorkConfig": {"AfterContactWorkTimeLimit": 3000000000}}]}"#,
        E,
    ),
    ("acw-range", ANY, r#"{"PhoneConfig": {"AfterContactWorkTimeLimit": 2000000}}"#, NO),
    // legacy-phone-config
    ("legacy-phone-config", ANY, r#"{"PhoneConfig": {"PhoneType": "SOFT_PHONE"}}"#, I),
    ("legacy-phone-config", ANY, r#"{"PhoneConfig": {"AutoAccept": true}, "AutoAcceptConfigs": []}"#, NO),
    ("legacy-phone-config", ANY, r#"{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true}]}"#, NO),
    // arn-instead-of-id
    (
        "arn-instead-of-id",
        ANY,
        r#"{"InstanceId": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d", "Username": "mary", "SecurityProfileIds": ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"], "RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}"#,
        W,
    ),
    (
        "arn-instead-of-id",
        ANY,
        r#"{"SecurityProfileIds": ["arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/routing-profile/a1b2c3d4-5678-90ab-cdef-123456789012"]}"#,
        E,
    ),
    (
        "arn-instead-of-id",
        ANY,
        r#"{"HierarchyGroupId": "arn:aws:connect:us-west-2:123456789012:instance/ffffffff-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent-group/a1b2c3d4-5678-90ab-cdef-123456789012"}"#,
        E,
    ),
    ("arn-instead-of-id", ANY, r#"{"RoutingProfileId": "arn:aws:iam::123456789012:role/x"}"#, E),
    ("arn-instead-of-id", ANY, r#"{"HierarchyGroupId": "a1b2c3d4-5678-90ab-cdef-123456789012"}"#, NO),
    // id-format: the docs example's placeholders
    ("id-format", ANY, r#"{"SecurityProfileIds": ["12345678-1111-2222-aaaa-a1b2c3d4f5g7"]}"#, W),
    ("id-format", ANY, r#"{"HierarchyGroupId": "Support"}"#, W),
    ("id-format", ANY, r#"{"HierarchyGroupId": "A1B2C3D4-5678-90AB-CDEF-123456789012"}"#, NO),
    // duplicate-security-profile
    (
        "duplicate-security-profile",
        ANY,
        r#"{"SecurityProfileIds": ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"]}"#,
        W,
    ),
    (
        "duplicate-security-profile",
        ANY,
        r#"{"SecurityProfileIds": ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "0B3F6A4E-1C2D-4E5F-8A9B-0C1D2E3F4A5B"]}"#,
        NO,
    ),
    // tag-key-reserved: aws:x is reserved, a tag key with a space is fine
    ("tag-key-reserved", ANY, r#"{"Tags": {"aws:x": "1"}}"#, E),
    ("tag-key-reserved", ANY, r#"{"Tags": {"AWS:x": "1"}}"#, W),
    ("tag-key-reserved", ANY, r#"{"Tags": {"cost center": "1"}}"#, NO),
    ("tag-key-reserved", ANY, r#"{"Tags": {"awsx": "1", "my:aws:x": "2"}}"#, NO),
    // tag-key-characters
    ("tag-key-characters", ANY, r#"{"Tags": {"cost#center": "1"}}"#, E),
    ("tag-key-characters", ANY, r#"{"Tags": {"team\tname": "1"}}"#, E),
    ("tag-key-characters", ANY, r#"{"Tags": {"😀": "1"}}"#, E),
    (
        "tag-key-characters",
        ANY,
        r#"{"Tags": {"cost center": "1", "部門": "2", "Kostenstelle_2=a+b@c.d:e/f-g": "3"}}"#,
        NO,
    ),
];

#[test]
fn every_case_triggers_or_misses_as_expected() {
    let mut failures = Vec::new();
    for (code, identity_type, fragment, expected) in CASES {
        let found = diagnostics_of(code, *identity_type, fragment);
        let severities: Vec<Severity> = found.iter().map(|d| d.severity).collect();
        let ok = match expected {
            Some(severity) => !severities.is_empty() && severities.iter().all(|s| s == severity),
            None => severities.is_empty(),
        };
        if !ok {
            failures.push(format!("{code} ({identity_type:?}) on {fragment}: expected {expected:?}, got {found:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_catalogue_code_has_a_trigger_and_a_near_miss() {
    for doc in connect_user_validator::rules().filter(|doc| !doc.code.starts_with("cli-")) {
        let cases: Vec<&Case> = CASES.iter().filter(|c| c.0 == doc.code).collect();
        assert!(cases.iter().any(|c| c.3.is_some()), "{} has no triggering case", doc.code);
        assert!(cases.iter().any(|c| c.3.is_none()), "{} has no near miss", doc.code);
    }
}

#[test]
fn the_aws_docs_example_under_connect_managed() {
    let result = validate(&parse(AWS_DOCS_EXAMPLE), &identity(CM));
    assert!(result.valid, "{:#?}", result.diagnostics);
    let summary: Vec<(&str, Severity, String)> =
        result.diagnostics.iter().map(|d| (d.code, d.severity, d.path.to_string())).collect();
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
    let fixed = apply_fixes(&parse(AWS_DOCS_EXAMPLE), None, &identity(CM));
    let expected = parse(
        r#"{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true}],
            "AfterContactWorkConfigs": [{"Channel": "VOICE", "AfterContactWorkConfig": {"AfterContactWorkTimeLimit": 60}}],
            "PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "DESK_PHONE", "PhoneNumber": "+15555551212"}]}"#,
    );
    assert_eq!(fixed.get("PhoneConfig"), None);
    for member in ["AutoAcceptConfigs", "AfterContactWorkConfigs", "PhoneNumberConfigs"] {
        assert_eq!(fixed.get(member), expected.get(member), "{member}");
    }
    assert!(validate(&fixed, &identity(CM)).diagnostics.iter().all(|d| d.code != "legacy-phone-config"));
}

#[test]
fn conflicts_name_both_sides_and_their_fix_resolves_them() {
    let request = request_with(
        r#"{"PhoneConfig": {"AutoAccept": true}, "AutoAcceptConfigs": [{"Channel": "CHAT", "AutoAccept": false}]}"#,
    );
    let conflict =
        validate(&request, &identity(ANY)).diagnostics.into_iter().find(|d| d.code == "phone-config-conflict").unwrap();
    assert_eq!(conflict.path, path!["PhoneConfig", "AutoAccept"]);
    assert_eq!(conflict.related, [path!["AutoAcceptConfigs"]]);
    let fixed = apply_fixes(&request, Some(&["phone-config-conflict"]), &identity(ANY));
    assert_eq!(
        json::to_string(fixed.get("AutoAcceptConfigs").unwrap(), None),
        r#"[{"Channel":"CHAT","AutoAccept":false},{"Channel":"VOICE","AutoAccept":true}]"#
    );
    assert_eq!(fixed.get("PhoneConfig"), None);
}

#[test]
fn an_existing_voice_element_wins_over_phone_config() {
    let request = request_with(
        r#"{"PhoneConfig": {"AutoAccept": true, "PhoneType": "SOFT_PHONE"}, "AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": false}]}"#,
    );
    let fixed = apply_fixes(&request, Some(&["phone-config-conflict"]), &identity(ANY));
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
        let fix = diagnostic.fix.unwrap_or_else(|| panic!("{code} has a fix"));
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
    assert_eq!(found[0].message, "No identity-management type was given; the request fits only CONNECT_MANAGED.");
    assert_eq!(found[0].related, [path!["Password"]]);
    let found = diagnostics_of(
        "identity-type-inferred",
        ANY,
        r#"{"IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}"#,
    );
    assert_eq!(found[0].message, "No identity-management type was given; the request fits SAML or EXISTING_DIRECTORY.");
    let found = diagnostics_of(
        "identity-type-inferred",
        ANY,
        r#"{"Password": "Pass@Word1", "IdentityInfo": {"FirstName": "Mary"}}"#,
    );
    assert_eq!(
        found[0].message,
        "No identity-management type was given; the request fits no identity-management type."
    );
}

#[test]
fn a_non_object_request_is_one_type_diagnostic_at_the_root() {
    for text in ["null", "[]", "5", "\"mary\"", "true"] {
        let result = validate(&parse(text), &identity(ANY));
        assert!(!result.valid);
        assert_eq!(result.diagnostics.len(), 1, "{text}");
        assert_eq!((result.diagnostics[0].code, result.diagnostics[0].path.is_root()), ("type", true));
    }
}

#[test]
fn unknown_members_are_capped_per_object() {
    let members: Vec<String> = (0..5000).map(|i| format!("\"extra{i}\": {i}")).collect();
    let found = diagnostics_of("unknown-member", ANY, &format!("{{{}}}", members.join(",")));
    assert_eq!(found.len(), 21);
    let summary = found.iter().find(|d| d.path.is_root()).expect("one diagnostic sums up the rest");
    assert_eq!(summary.message, "4980 more members are not in CreateUserRequest.");
}
