//! Property tests: validation never panics on any value, fixes converge, sensitive values never
//! reach a message, and emitted commands keep every value where its shell cannot act on it.
#![cfg(not(target_arch = "wasm32"))] // property tests, processes and shells need a native host

mod common;

use common::request_with;
use connect_user_validator::model::Shape;
use connect_user_validator::render::Piece;
use connect_user_validator::syntax::{json, shell};
use connect_user_validator::Template;
use connect_user_validator::{
    apply_fixes, parse_cli_command, to_cli_argv, to_cli_command, to_shorthand, validate, CommandOptions, FixSelection,
    IdentityType, Number, Object, Operation, Options, Severity, Shell, Syntax, Value,
};
use proptest::prelude::*;

fn all_options() -> [Options; 4] {
    [None, Some(IdentityType::ConnectManaged), Some(IdentityType::Saml), Some(IdentityType::ExistingDirectory)]
        .map(|identity_type| Options { identity_type, ..Options::default() })
}

/// Any JSON-like value, with keys that are sometimes the model's member names.
fn any_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        prop::sample::select(vec![
            "Username",
            "Password",
            "IdentityInfo",
            "FirstName",
            "PhoneConfig",
            "PhoneType",
            "AutoAccept",
            "AfterContactWorkTimeLimit",
            "Channel",
            "Tags",
            "SecurityProfileIds",
            "AutoAcceptConfigs",
        ])
        .prop_map(str::to_owned),
        any::<String>(),
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|n| Value::Number(Number::from_js(n))),
        any::<i64>().prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        Just(Value::Unsupported("a BigInt")),
    ];
    leaf.prop_recursive(6, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// Values chosen to hit the rules: right, almost right and wrong values for each member.
fn text() -> impl Strategy<Value = Value> {
    prop::sample::select(vec![
        "mary", "Mary", "testuser@example", "testuser@example.com", "mary major", "abcdefghijklmnopqrstuvwxyz",
        "Pass@Word1", "password1", "", "Zoe\u{308}", "Zoë", "+15555551212", "+1 (555) 555-1212", "+١٢٣",
        "desk_phone", "DESK_PHONE", "SOFT_PHONE", "soft-phone", "VOICE", "voice", "CHAT", "PIGEON", "NONE",
        "0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "12345678-1111-2222-aaaa-a1b2c3d4f5g7",
        "arn:aws:connect:us-west-2:123456789012:instance/0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
        "arn:aws:connect:us-west-2:123456789012:instance/0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b/security-profile/a1b2c3d4-5678-90ab-cdef-123456789012",
        "arn:aws:connect:us-west-2:123456789012:instance/0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b/routing-profile/a1b2c3d4-5678-90ab-cdef-123456789012",
        "true", "FALSE", "60", " 7 ", "mary@example.com", "😀",
    ])
    .prop_map(Value::from)
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => text(),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => prop::sample::select(vec![0i64, 1, 60, -1, 2_000_000, 2_000_001, 60_000_000]).prop_map(Value::from),
        1 => Just(Value::Number(Number::float(30.0))),
        1 => Just(Value::Null),
    ]
}

fn object_of(keys: &'static [&'static str], value: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    prop::collection::vec((prop::sample::select(keys), value), 0..keys.len() + 1)
        .prop_map(|members| Value::Object(members.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
        .boxed()
}

fn channel_list(keys: &'static [&'static str]) -> BoxedStrategy<Value> {
    let element = object_of(
        keys,
        prop_oneof![3 => scalar(), 1 => object_of(&["AfterContactWorkTimeLimit"], scalar().boxed())].boxed(),
    );
    prop::collection::vec(element, 0..4).prop_map(Value::Array).boxed()
}

/// A request-shaped value: each member present or not, with a value that may be right or wrong.
fn request_like() -> impl Strategy<Value = Value> {
    let members: Vec<(&str, BoxedStrategy<Value>)> = vec![
        ("Username", scalar().boxed()),
        ("Password", scalar().boxed()),
        (
            "IdentityInfo",
            object_of(&["FirstName", "LastName", "Email", "SecondaryEmail", "Mobile", "Nickname"], scalar().boxed()),
        ),
        (
            "PhoneConfig",
            object_of(
                &[
                    "PhoneType",
                    "AutoAccept",
                    "AfterContactWorkTimeLimit",
                    "DeskPhoneNumber",
                    "PersistentConnection",
                    "PhoneNumber",
                ],
                scalar().boxed(),
            ),
        ),
        ("DirectoryUserId", scalar().boxed()),
        (
            "SecurityProfileIds",
            prop_oneof![prop::collection::vec(text(), 0..12).prop_map(Value::Array), text()].boxed(),
        ),
        ("RoutingProfileId", scalar().boxed()),
        ("HierarchyGroupId", scalar().boxed()),
        ("InstanceId", scalar().boxed()),
        ("AutoAcceptConfigs", channel_list(&["Channel", "AutoAccept", "AgentFirstCallbackAutoAccept"])),
        (
            "AfterContactWorkConfigs",
            channel_list(&["Channel", "AfterContactWorkConfig", "AgentFirstCallbackAfterContactWorkConfig"]),
        ),
        ("PhoneNumberConfigs", channel_list(&["Channel", "PhoneType", "PhoneNumber"])),
        ("PersistentConnectionConfigs", channel_list(&["Channel", "PersistentConnection"])),
        ("VoiceEnhancementConfigs", channel_list(&["Channel", "VoiceEnhancementMode"])),
        ("Tags", object_of(&["team", "aws:x", "AWS:y", "cost center", "a#b", ""], scalar().boxed())),
    ];
    let parts: Vec<BoxedStrategy<Option<(String, Value)>>> = members
        .into_iter()
        .map(|(name, value)| prop::option::of(value.prop_map(move |v| (name.to_owned(), v))).boxed())
        .collect();
    parts.prop_map(|members| Value::Object(members.into_iter().flatten().collect()))
}

/// Text full of what shells, cmd.exe and the shorthand grammar treat specially.
fn shell_text() -> impl Strategy<Value = Value> {
    "[a b&|<>^%!\"'`$=,{}\\[\\]\t\n\u{85}]{0,8}".prop_map(Value::from)
}

/// A request of the right types whose strings are [`shell_text`].
fn shell_request() -> impl Strategy<Value = Object> {
    let members = (
        prop::option::of(shell_text()),
        prop::option::of(object_of(&["FirstName", "LastName"], shell_text().boxed())),
        prop::option::of(prop::collection::vec(shell_text(), 0..3).prop_map(Value::Array)),
        prop::option::of(prop::collection::btree_map("[a &%\t]{0,3}", shell_text(), 0..3)),
    );
    members.prop_map(|(username, identity, ids, tags)| {
        let tags = tags.map(|tags| Value::Object(tags.into_iter().collect()));
        [("Username", username), ("IdentityInfo", identity), ("SecurityProfileIds", ids), ("Tags", tags)]
            .into_iter()
            .filter_map(|(name, value)| Some((name.to_owned(), value?)))
            .collect()
    })
}

/// A value of `shape` whose strings (but enums) are [`shell_text`], lists and maps short.
fn value_of(shape: Shape) -> BoxedStrategy<Value> {
    match shape {
        Shape::String(string) if !string.enum_values.is_empty() => {
            prop::sample::select(string.enum_values).prop_map(Value::from).boxed()
        }
        Shape::String(_) => shell_text().boxed(),
        Shape::Integer(_) => (0i64..100_000).prop_map(Value::from).boxed(),
        Shape::Boolean => any::<bool>().prop_map(Value::Bool).boxed(),
        Shape::List(list) => prop::collection::vec(value_of(list.member), 0..3).prop_map(Value::Array).boxed(),
        Shape::Map(_) => prop::collection::btree_map("[a &%\t=,]{0,3}", shell_text(), 0..3)
            .prop_map(|entries| Value::Object(entries.into_iter().collect()))
            .boxed(),
        Shape::Structure(structure) => {
            let members: Vec<BoxedStrategy<Option<(String, Value)>>> = structure
                .members
                .iter()
                .map(|member| {
                    prop::option::of(value_of(member.shape).prop_map(|v| (member.name.to_owned(), v))).boxed()
                })
                .collect();
            members.prop_map(|members| Value::Object(members.into_iter().flatten().collect())).boxed()
        }
    }
}

/// An operation and a request of its input's types.
fn operation_request() -> impl Strategy<Value = (Operation, Object)> {
    prop::sample::select(&Operation::ALL[..]).prop_flat_map(|operation| {
        value_of(Shape::Structure(operation.input())).prop_map(move |request| match request {
            Value::Object(request) => (operation, request),
            _ => (operation, Object::new()),
        })
    })
}

fn check_invariants(request: &Value) -> Result<(), TestCaseError> {
    for options in all_options() {
        let result = validate(request, &options);
        let has_error = result.diagnostics.iter().any(|d| d.severity == Severity::Error);
        prop_assert_eq!(result.valid, !has_error);
        for d in &result.diagnostics {
            let message = d.message();
            prop_assert!(message.ends_with('.'), "one sentence: {}", message);
            prop_assert!(connect_user_validator::explain(d.code()).is_some(), "{} is documented", d.code());
            let templates = std::iter::once(d.message_template).chain(d.help_template);
            let missing = templates.flat_map(|t| t.pieces()).any(|piece| match piece {
                Piece::Arg { name, .. } => name != "path" && d.arg(name).is_none(),
                Piece::Text(_) => false,
            });
            prop_assert!(!missing, "every template argument given: {:?}", d);
            // The package's catalogue finds a template by its place in the rule's lists.
            let listed = |list: &[&Template], template: &Template| list.iter().any(|t| std::ptr::eq(*t, template));
            prop_assert!(listed(d.rule.messages, d.message_template), "message listed: {:?}", d);
            prop_assert!(d.help_template.is_none_or(|help| listed(d.rule.helps, help)), "help listed: {:?}", d);
            prop_assert_eq!(d.fixable, d.fix(request).is_some(), "a fix exactly when marked fixable: {:?}", d);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn validation_never_panics_on_any_value(value in any_value()) {
        check_invariants(&value)?;
    }

    #[test]
    fn validation_holds_its_invariants_on_request_like_values(request in request_like()) {
        check_invariants(&request)?;
    }

    #[test]
    fn after_applying_fixes_no_diagnostic_has_a_fix(request in request_like()) {
        for options in all_options() {
            let fixed = apply_fixes(&request, FixSelection::All, &options);
            let left: Vec<_> = validate(&fixed, &options).diagnostics.into_iter().filter(|d| d.fix(&fixed).is_some()).collect();
            prop_assert!(left.is_empty(), "still fixable after applyFixes: {:#?}\nfixed: {}", left, json::to_string(&fixed, None));
        }
    }

    #[test]
    fn sensitive_values_never_reach_messages(secret in "[A-Za-z0-9@#]{3,12}", identity in 0usize..4) {
        let secret = format!("Qz{secret}");
        let fragment = format!(
            r#"{{"Password": "{secret}", "IdentityInfo": {{"FirstName": "{secret}\u0301", "LastName": "{secret}", "Email": "{secret}", "SecondaryEmail": "{secret}", "Mobile": "{secret}"}},
                "PhoneConfig": {{"DeskPhoneNumber": "{secret}"}}, "PhoneNumberConfigs": [{{"Channel": "VOICE", "PhoneType": "SOFT_PHONE", "PhoneNumber": "{secret}"}}]}}"#
        );
        let request = request_with(&fragment);
        let result = validate(&request, &all_options()[identity]);
        for d in &result.diagnostics {
            prop_assert!(!d.message().contains(&secret), "{}", d.message());
            prop_assert!(!d.help().as_deref().unwrap_or_default().contains(&secret), "{:?}", d.help());
            if let Some(fix) = &d.fix(&request) {
                for edit in fix.edits() {
                    let value = edit.value.as_ref().map(|v| json::to_string(v, None)).unwrap_or_default();
                    // Fixes may carry a name (its NFC form) but never the Password.
                    prop_assert!(!(value.contains(&secret) && edit.path.top_member() == Some("Password")));
                }
            }
        }
    }

    #[test]
    fn only_string_members_need_cli_input_json(request in shell_request()) {
        // Every other option has a JSON syntax, which escapes whatever its shorthand cannot hold.
        if let Some(leftover) = to_shorthand(&request, Operation::CreateUser).into_iter().find(|o| o.option == "--cli-input-json") {
            let Ok(Value::Object(members)) = json::parse(&leftover.words[0]) else {
                return Err(TestCaseError::fail(format!("{leftover:?}")));
            };
            prop_assert!(members.iter().all(|(key, _)| key == "Username"), "{:?}", leftover);
        }
    }

    #[test]
    fn every_operations_commands_read_back_as_their_request((operation, request) in operation_request()) {
        for syntax in [Syntax::Shorthand, Syntax::Json] {
            let argv = to_cli_argv(&request, operation, syntax);
            for multiline in [false, true] {
                let options = CommandOptions { syntax, multiline, ..CommandOptions::default() };
                let command = to_cli_command(&request, operation, &options);
                let parsed = parse_cli_command(&command);
                prop_assert_eq!(parsed.operation, Some(operation), "{}", command);
                prop_assert_eq!(parsed.request.as_ref(), Some(&Value::Object(request.clone())), "{}", command);
                let problems: Vec<_> = parsed.diagnostics.iter().filter(|d| d.severity != Severity::Info).collect();
                prop_assert!(problems.is_empty(), "{:?}\n{}", problems, command);
                // The argv is the command's words after `aws`.
                let words = shell::split(&command).map(|split| split.words.into_iter().map(|w| w.text).collect::<Vec<_>>());
                prop_assert_eq!(words.ok().as_deref().and_then(|w| w.split_first()).map(|(_, rest)| rest.to_vec()), Some(argv.clone()));
            }
        }
    }

    #[test]
    fn powershell_commands_never_hold_what_cmd_exe_acts_on(request in shell_request()) {
        // pip's aws.cmd gets its arguments from PowerShell unescaped, and cmd.exe reads them again.
        for syntax in [Syntax::Shorthand, Syntax::Json] {
            let options = CommandOptions { shell: Shell::PowerShell, syntax, ..CommandOptions::default() };
            let command = to_cli_command(&request, Operation::CreateUser, &options);
            prop_assert!(!command.contains(['&', '|', '<', '>', '^', '%']), "{}", command);
        }
    }

    #[test]
    fn json_reading_never_panics(text in any::<String>()) {
        let _ = json::parse(&text);
    }

    #[test]
    /// Non-finite numbers and unsupported values are written as null, so both sides compare written.
    fn json_writing_round_trips(value in any_value()) {
        let text = json::to_string(&value, Some(2));
        let back = json::parse(&text).map_err(|e| TestCaseError::fail(format!("{e} in {text}")))?;
        prop_assert_eq!(json::to_string(&back, None), json::to_string(&value, None));
    }
}

#[test]
fn huge_and_strange_values_get_diagnostics() {
    let megabyte = "é".repeat(512 * 1024);
    let mut members = Object::new();
    for member in ["Username", "Password", "DirectoryUserId", "RoutingProfileId", "HierarchyGroupId", "InstanceId"] {
        members.insert(member, Value::from(megabyte.as_str()));
    }
    members.insert("SecurityProfileIds", Value::Array(vec![Value::from(megabyte.as_str())]));
    members.insert("Tags", Value::Object([(megabyte.clone(), Value::from(megabyte.as_str()))].into_iter().collect()));
    let request = Value::Object(members);
    for options in all_options() {
        let result = validate(&request, &options);
        assert!(!result.valid);
        assert!(result.diagnostics.iter().all(|d| d.message().chars().count() < 400), "messages stay short");
    }
}

#[test]
fn numbers_at_the_edges() {
    for (literal, code) in [
        ("1e400", Some("type")),
        ("-1e400", Some("type")),
        ("NaN", Some("type")),
        ("-0", None),
        ("30.0", Some("type")),
        ("99999999999999999999999", Some("acw-range")),
    ] {
        let request = request_with(&format!(r#"{{"PhoneConfig": {{"AfterContactWorkTimeLimit": {literal}}}}}"#));
        let codes: Vec<&str> = validate(&request, &Options::default())
            .diagnostics
            .iter()
            .map(|d| d.code())
            .filter(|c| *c != "identity-type-inferred" && *c != "legacy-phone-config")
            .collect();
        assert_eq!(codes, code.into_iter().collect::<Vec<_>>(), "{literal}");
    }
}

#[test]
fn deep_nesting_is_refused_by_the_reader_and_harmless_in_values() {
    let deep = format!("{{\"Tags\": {}{}}}", "[".repeat(200_000), "]".repeat(200_000));
    assert!(json::parse(&deep).is_err());
    let nested = format!("{}1{}", "[".repeat(120), "]".repeat(120));
    let request = request_with(&format!(r#"{{"IdentityInfo": {nested}, "Extra": {nested}}}"#));
    let codes: Vec<&str> = validate(&request, &Options::default()).diagnostics.iter().map(|d| d.code()).collect();
    assert_eq!(codes, ["identity-type-inferred", "type", "unknown-member"]);
}

#[test]
fn non_bmp_text_is_counted_in_characters() {
    let username = "😀".repeat(20);
    let request = request_with(&format!(r#"{{"Username": "{username}"}}"#));
    let codes: Vec<&str> =
        validate(&request, &Options { identity_type: Some(IdentityType::ConnectManaged), ..Options::default() })
            .diagnostics
            .iter()
            .map(|d| d.code())
            .collect();
    assert!(!codes.contains(&"username-length"), "20 emoji are 20 characters");
    assert!(codes.contains(&"username-characters"));
}
