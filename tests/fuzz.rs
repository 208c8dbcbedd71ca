//! Fuzz targets, as property tests (cargo-fuzz needs a nightly toolchain this project does not use):
//! the command reader never panics, and every emitted command reads back as its request.
//! `make fuzz` runs them, and the shorthand ones in tests/shorthand.rs, with many more cases.
#![cfg(not(target_arch = "wasm32"))] // property tests, processes and shells need a native host

use connect_user_validator::render::Piece;
use connect_user_validator::{
    parse_cli_command, to_cli_argv, to_cli_command, CommandOptions, Operation, Shell, Syntax, Value,
};
use proptest::prelude::*;

/// Text built from the pieces of pasted commands: words, options, quotes, expansions, escapes.
fn command_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "aws",
        "connect",
        "create-user",
        "update-user-config",
        "tag-resource",
        "untag-resource",
        "--user-id",
        "--resource-arn",
        "--tag-keys",
        " ",
        "  ",
        "\n",
        "\\\n",
        "\t",
        "--username",
        "--user",
        "--p",
        "--pho",
        "--tags",
        "--security-profile-ids",
        "--identity-info",
        "--auto-accept-configs",
        "--cli-input-json",
        "--generate-cli-skeleton",
        "--region",
        "--",
        "-",
        "=",
        "'",
        "\"",
        "$",
        "$(",
        ")",
        "`",
        "${",
        "}",
        "~",
        "\\",
        "#",
        "|",
        ";",
        "&",
        "$'",
        "a=b",
        "k=[x,y]",
        "{\"a\":1}",
        "[1]",
        "file://x",
        "Channel=VOICE",
        "AutoAccept=true",
        "😀",
        "é",
        "^",
        "%PATH%",
        "\r\n",
        "--password",
        "--x=",
        "\u{1c}",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.concat())
}

/// Strings a user could put anywhere in a request.
fn nasty_string() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(
            prop::sample::select(vec![
                "a", "Mary", ",", "=", "\"", "'", "[", "]", "{", "}", "\\", " ", "\n", "😀", "é", "-", "$(id)", "`id`",
                "$HOME", "!", "*", "~", "#", "%PATH%", "file://", "--", "\\,", "@=",
            ]),
            0..8
        )
        .prop_map(|pieces| pieces.concat()),
        any::<String>().prop_map(|s| s.replace('\0', "")),
    ]
}

fn request() -> impl Strategy<Value = connect_user_validator::Object> {
    (
        nasty_string(),
        prop::option::of(nasty_string()),
        prop::collection::vec(nasty_string(), 0..4),
        prop::option::of((nasty_string(), nasty_string(), any::<bool>())),
        prop::option::of(prop::collection::vec((nasty_string(), nasty_string()), 1..4)),
        prop::option::of(prop::collection::vec((prop::sample::select(vec!["VOICE", "CHAT"]), any::<bool>()), 0..3)),
    )
        .prop_map(|(username, password, profiles, identity, tags, auto_accept)| {
            let mut request = connect_user_validator::Object::new();
            request.insert("Username", Value::from(username));
            if let Some(password) = password {
                request.insert("Password", Value::from(password));
            }
            if let Some((first, last, auto)) = identity {
                let mut info = connect_user_validator::Object::new();
                info.insert("FirstName", Value::from(first));
                info.insert("LastName", Value::from(last));
                request.insert("IdentityInfo", Value::Object(info));
                let mut phone = connect_user_validator::Object::new();
                phone.insert("AutoAccept", Value::Bool(auto));
                request.insert("PhoneConfig", Value::Object(phone));
            }
            request.insert("SecurityProfileIds", Value::Array(profiles.into_iter().map(Value::from).collect()));
            request.insert("InstanceId", Value::from("i"));
            if let Some(tags) = tags {
                request.insert("Tags", Value::Object(tags.into_iter().map(|(k, v)| (k, Value::from(v))).collect()));
            }
            if let Some(configs) = auto_accept {
                let elements = configs
                    .into_iter()
                    .map(|(channel, auto)| {
                        let mut element = connect_user_validator::Object::new();
                        element.insert("Channel", Value::from(channel));
                        element.insert("AutoAccept", Value::Bool(auto));
                        Value::Object(element)
                    })
                    .collect();
                request.insert("AutoAcceptConfigs", Value::Array(elements));
            }
            request
        })
}

proptest! {
    // PROPTEST_CASES raises the count for `make fuzz`.
    #![proptest_config(ProptestConfig { cases: ProptestConfig::default().cases.max(1000), ..ProptestConfig::default() })]

    #[test]
    fn reading_any_text_never_panics(text in any::<String>()) {
        let _ = parse_cli_command(&text);
    }

    #[test]
    fn reading_command_like_text_never_panics(text in command_like()) {
        let parsed = parse_cli_command(&text);
        for diagnostic in &parsed.diagnostics {
            if let Some(span) = diagnostic.span {
                prop_assert!(span.start <= span.end && span.end <= text.encode_utf16().count());
            }
            let templates = std::iter::once(diagnostic.message_template).chain(diagnostic.help_template);
            let missing = templates.flat_map(|t| t.pieces()).any(|piece| match piece {
                Piece::Arg { name, .. } => name != "path" && diagnostic.arg(name).is_none(),
                Piece::Text(_) => false,
            });
            prop_assert!(!missing, "every template argument given: {:?}", diagnostic);
        }
    }

    #[test]
    fn posix_commands_read_back_as_their_request(request in request(), multiline in any::<bool>(), json in any::<bool>()) {
        let syntax = if json { Syntax::Json } else { Syntax::Shorthand };
        let command = to_cli_command(&request, Operation::CreateUser, &CommandOptions { shell: Shell::Posix, syntax, multiline, redact_password: false });
        let parsed = parse_cli_command(&command);
        prop_assert!(parsed.diagnostics.is_empty(), "{}\n{:#?}", command, parsed.diagnostics);
        prop_assert_eq!(parsed.request, Some(Value::Object(request.clone())), "{}", command);
        let argv = to_cli_argv(&request, Operation::CreateUser, syntax);
        prop_assert!(argv.iter().all(|word| !word.contains('\0')));
    }
}
