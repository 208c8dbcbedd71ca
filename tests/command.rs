//! The AWS CLI syntax in both directions: emitting argv and commands, and reading pasted commands.

mod common;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use common::{parse, request_with, AWS_DOCS_COMMAND, AWS_DOCS_EXAMPLE};
use connect_user_validator::render::Piece;
use connect_user_validator::rules::RULES;
use connect_user_validator::syntax::command::unreadable_text;
use connect_user_validator::syntax::json;
use connect_user_validator::Template;
use connect_user_validator::{
    parse_cli_command, rules, skeleton, to_cli_argv, to_cli_command, to_cli_input_json, to_shorthand, CommandOptions,
    Diagnostic, Operation, Shell, Syntax, Value,
};

fn object(text: &str) -> connect_user_validator::Object {
    match parse(text) {
        Value::Object(object) => object,
        other => panic!("not an object: {other:?}"),
    }
}

fn request(fragment: &str) -> connect_user_validator::Object {
    match request_with(fragment) {
        Value::Object(object) => object,
        other => panic!("not an object: {other:?}"),
    }
}

fn codes(text: &str) -> Vec<&'static str> {
    parse_cli_command(text).diagnostics.iter().map(|d| d.code()).collect()
}

/// `(code, pasted command, whether the code is expected)`.
const CASES: &[(&str, &str, bool)] = &[
    ("cli-not-create-user", "aws connect describe-user --user-id u", true),
    ("cli-not-create-user", "gcloud connect create-user", true),
    ("cli-not-create-user", "", true),
    ("cli-not-create-user", "/usr/local/bin/aws --output json connect create-user --username m", false),
    ("cli-shell-syntax", "aws connect create-user --username 'mary", true),
    ("cli-shell-syntax", "aws connect create-user --username mary && echo done", true),
    ("cli-shell-syntax", "aws connect create-user --username mary |", true),
    ("cli-shell-syntax", "aws connect create-user --username mary\naws connect create-user --username bob", true),
    ("cli-shell-syntax", "aws connect create-user --username mary ^\n --password x", true),
    ("cli-shell-syntax", "aws connect create-user \\\n  --username mary # a comment\n", false),
    ("cli-variable", "aws connect create-user --username \"$NAME\"", true),
    ("cli-variable", "aws connect create-user --username ${NAME}", true),
    ("cli-variable", "aws connect create-user --username ~mary", true),
    ("cli-variable", "aws connect create-user --username=$USER", true),
    ("cli-variable", "aws connect create-user --username '$NAME' --password \"Pa\\$\\$w0rd\"", false),
    ("cli-command-substitution", "aws connect create-user --routing-profile-id $(cat id.txt)", true),
    ("cli-command-substitution", "aws connect create-user --routing-profile-id \"`cat id.txt`\"", true),
    ("cli-command-substitution", "aws connect create-user --password=`id`", true),
    ("cli-command-substitution", "aws connect create-user --cli-input-json=\"$(cat f)\"", true),
    ("cli-command-substitution", "aws connect create-user --routing-profile-id '$(cat id.txt)'", false),
    ("cli-file-reference", "aws connect create-user --identity-info file://identity.json", true),
    ("cli-file-reference", "aws connect create-user --security-profile-ids fileb://ids", true),
    ("cli-file-reference", "aws connect create-user --tags 'a@=file://x'", true),
    ("cli-file-reference", "aws connect create-user --cli-input-json file://request.json", true),
    ("cli-file-reference", "aws connect create-user --username https://example.com/u", true),
    ("cli-file-reference", "aws connect create-user --security-profile-ids a file://x", false),
    ("cli-file-reference", "aws connect create-user --tags a=file://x", false),
    ("cli-unknown-option", "aws connect create-user --username mary --nickname m", true),
    ("cli-unknown-option", "aws connect create-user --username mary major", true),
    ("cli-unknown-option", "aws connect create-user --username 'mary major'", false),
    ("cli-ambiguous-option", "aws connect create-user --pho PhoneType=SOFT_PHONE", true),
    ("cli-ambiguous-option", "aws --c on connect create-user --username m", true),
    ("cli-ambiguous-option", "aws connect create-user --phone-c PhoneType=SOFT_PHONE", false),
    ("cli-global-option", "aws connect create-user --username m --p secret", true),
    ("cli-global-option", "aws connect create-user --username m --r rp", true),
    ("cli-global-option", "aws connect create-user --username m --region us-west-2 --output=json --debug", false),
    ("cli-missing-value", "aws connect create-user --username -mary", true),
    ("cli-missing-value", "aws connect create-user --username", true),
    ("cli-missing-value", "aws connect create-user --username=-mary --security-profile-ids", false),
    ("cli-syntax", "aws connect create-user --identity-info 'FirstName=\"Mary'", true),
    ("cli-syntax", "aws connect create-user --identity-info '{\"FirstName\": }'", true),
    ("cli-syntax", "aws connect create-user --identity-info '[1]'", true),
    ("cli-syntax", "aws connect create-user --auto-accept-configs Channel=VOICE,AutoAccept=true,Channel=CHAT", true),
    ("cli-syntax", "aws connect create-user --cli-input-json '{\"Username\":'", true),
    ("cli-syntax", "aws connect create-user --identity-info '{\"FirstName\": \"Mary\"}'", false),
    ("cli-type-conversion", "aws connect create-user --phone-config AfterContactWorkTimeLimit=sixty", true),
    ("cli-type-conversion", "aws connect create-user --phone-config AutoAccept=[true]", true),
    ("cli-type-conversion", "aws connect create-user --cli-input-json '[1]'", true),
    (
        "cli-type-conversion",
        "aws connect create-user --phone-config AfterContactWorkTimeLimit=1_000,AutoAccept=maybe",
        false,
    ),
    ("cli-skeleton", "aws connect create-user --generate-cli-skeleton input", true),
    ("cli-skeleton", "aws connect create-user --username mary", false),
    ("cli-no-request", "aws connect create-user --username mary --version", true),
    ("cli-no-request", "aws connect create-user --username mary help", true),
    ("cli-no-request", "aws connect create-user help", true),
    ("cli-no-request", "aws connect create-user --username help", false),
    ("cli-no-request", "aws connect create-user --username mary stray help", false),
    ("cli-global-option-value", "aws connect create-user --username m --output yaml", true),
    ("cli-global-option-value", "aws connect create-user --username m --color=x", true),
    ("cli-global-option-value", "aws connect create-user --username m --debug=true", true),
    ("cli-global-option-value", "aws connect create-user --username m --cli-read-timeout abc", true),
    ("cli-global-option-value", "aws connect create-user --username m --cli-connect-timeout -1", true),
    ("cli-global-option-value", "aws connect create-user --username m --query '['", true),
    ("cli-global-option-value", "aws connect create-user --username m --region 'us west'", true),
    ("cli-global-option-value", "aws connect create-user --username m --endpoint-url example.com", true),
    ("cli-global-option-value", "aws connect create-user --username m --endpoint-url http://a_b", true),
    (
        "cli-global-option-value",
        "aws --output text --color off --query 'Users[0].Arn' --cli-read-timeout 0 --region eu-west-2 --endpoint-url https://[::1]:8080 connect create-user --username m",
        false,
    ),
    ("cli-brace-expansion", "aws connect create-user --security-profile-ids {a,b}", true),
    ("cli-brace-expansion", "aws connect create-user --security-profile-ids a{1..3}", true),
    ("cli-brace-expansion", "aws connect create-user --tags 'a=b' c=d}", true),
    ("cli-brace-expansion", "aws connect create-user --tags '{\"a\":\"b\"}' --security-profile-ids {a}", false),
    ("cli-glob", "aws connect create-user --password Pa55w*rd", true),
    ("cli-glob", "aws connect create-user --username [ab]", true),
    ("cli-glob", "aws connect create-user --username a[b", true),
    ("cli-glob", "aws connect create-user --username =mary", true),
    ("cli-glob", "aws connect create-user --password 'Pa55w*rd' --username \\[ab]", false),
    ("cli-history-expansion", "aws connect create-user --password Pass!word", true),
    ("cli-history-expansion", "aws connect create-user --password \"Pass!word\"", true),
    ("cli-history-expansion", "aws connect create-user \\\n^a^b", true),
    ("cli-history-expansion", "aws connect create-user --password 'Pass!word' --username mary!", false),
    ("cli-nul-character", "aws connect create-user --username ma\0ry", true),
    ("cli-nul-character", "aws connect create-user --username mary", false),
    ("cli-redirection", "aws connect create-user --username mary 2>&1", true),
    ("cli-redirection", "aws connect create-user --username mary | jq .", true),
    ("cli-redirection", "aws connect create-user --username 'mary | jq .'", false),
];

#[test]
fn every_case_reports_its_code_or_not() {
    let mut failures = Vec::new();
    for (code, text, expected) in CASES {
        let found = codes(text);
        if found.contains(code) != *expected {
            failures.push(format!("{code} on {text:?}: expected {expected}, got {found:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_command_code_has_a_trigger_and_a_near_miss() {
    for doc in rules().filter(|doc| doc.code.starts_with("cli-")) {
        assert!(CASES.iter().any(|c| c.0 == doc.code && c.2), "{} has no triggering case", doc.code);
        assert!(CASES.iter().any(|c| c.0 == doc.code && !c.2), "{} has no near miss", doc.code);
    }
}

#[test]
fn the_docs_example_pasted_verbatim_gives_the_docs_request() {
    // As a terminal shows it: after a prompt.
    let parsed = parse_cli_command(&format!("$ {AWS_DOCS_COMMAND}"));
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    assert_eq!(parsed.request, Some(parse(AWS_DOCS_EXAMPLE)));
}

#[test]
fn the_cli_argument_parser_rules() {
    let parsed = |text: &str| parse_cli_command(text).request.map(|r| json::to_string(&r, None));
    // --opt=value, a unique prefix, and the last occurrence winning.
    assert_eq!(
        parsed("aws connect create-user --user=first --username last --security-profile a b --instance=-i"),
        Some(r#"{"Username":"last","SecurityProfileIds":["a","b"],"InstanceId":"-i"}"#.to_owned())
    );
    // Unique prefixes of the options the CLI adds reach those options.
    assert_eq!(parsed(r#"aws connect create-user --cli-i '{"Username":"j"}'"#), Some(r#"{"Username":"j"}"#.to_owned()));
    assert_eq!(codes("aws connect create-user --username m --gen"), ["cli-skeleton"]);
    // Global options anywhere are accepted and change nothing.
    assert_eq!(
        parsed("aws --region us-west-2 connect create-user --output json --username m --profile p --debug"),
        Some(r#"{"Username":"m"}"#.to_owned())
    );
    // --cli-input-json fills in what the options did not set, shallowly.
    assert_eq!(
        parsed(
            r#"aws connect create-user --phone-config AutoAccept=true --cli-input-json '{"Username":"j","PhoneConfig":{"PhoneType":"DESK_PHONE"}}'"#
        ),
        Some(r#"{"PhoneConfig":{"AutoAccept":true},"Username":"j"}"#.to_owned())
    );
    // Lists of strings never take shorthand; lists of structures take one element per word.
    assert_eq!(
        parsed("aws connect create-user --security-profile-ids a,b --auto-accept-configs Channel=VOICE,AutoAccept=TRUE Channel=CHAT,AutoAccept=false"),
        Some(r#"{"SecurityProfileIds":["a,b"],"AutoAcceptConfigs":[{"Channel":"VOICE","AutoAccept":true},{"Channel":"CHAT","AutoAccept":false}]}"#.to_owned())
    );
    // JSON values are not converted.
    assert_eq!(
        parsed(r#"aws connect create-user --phone-config '{"AutoAccept":"true"}'"#),
        Some(r#"{"PhoneConfig":{"AutoAccept":"true"}}"#.to_owned())
    );
    // Python's int(): signs, underscores, other digits.
    assert_eq!(
        parsed("aws connect create-user --phone-config 'AfterContactWorkTimeLimit= +1_0'"),
        Some(r#"{"PhoneConfig":{"AfterContactWorkTimeLimit":10}}"#.to_owned())
    );
}

#[test]
fn diagnostics_point_into_the_pasted_text() {
    let text = "aws connect create-user --username \"$NAME\" --identity-info 'FirstName=\"Mary'";
    let parsed = parse_cli_command(text);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let excerpt = |code: &str| {
        let span = parsed.diagnostics.iter().find(|d| d.code() == code).and_then(|d| d.span).unwrap();
        String::from_utf16(&utf16[span.start..span.end]).unwrap()
    };
    assert_eq!(excerpt("cli-variable"), "$NAME");
    assert_eq!(excerpt("cli-syntax"), "'FirstName=\"Mary'");
    let syntax = parsed.diagnostics.iter().find(|d| d.code() == "cli-syntax").unwrap();
    assert_eq!(syntax.path, connect_user_validator::path!["IdentityInfo"]);
    // IdentityInfo holds names and addresses, so the CLI's echo of the value is left out.
    assert_eq!(
        syntax.message(),
        "Error parsing parameter '--identity-info': Expected: '<double quoted>', received: '<none>'"
    );
    // Tags hold nothing personal: the message is the CLI's, caret diagram included.
    let tags = parse_cli_command("aws connect create-user --tags 'a=\"b'");
    let syntax = tags.diagnostics.iter().find(|d| d.code() == "cli-syntax").unwrap();
    assert_eq!(
        syntax.message(),
        "Error parsing parameter '--tags': Expected: '<double quoted>', received: '<none>' for input:\na=\"b\n  ^"
    );
}

#[test]
fn messages_about_pasted_values_leave_personal_data_out() {
    for (text, secret) in [
        ("aws connect create-user --identity-info 'FirstName=Zedediah,Mobile=[+15555551212'", "Zedediah"),
        ("aws connect create-user --identity-info '{\"Email\": \"zed@example.com\",}'", "zed@example.com"),
        ("aws connect create-user --password \"Pa55$word\"", "$word"),
        ("aws connect create-user --pasword Sekr1tXy9", "Sekr1tXy9"),
        ("aws connect create-user --cli-input-json '{\"Password\": \"Sekr1tXy9\"'", "Sekr1tXy9"),
        // The word after an option missing its value is most likely that value.
        ("aws connect create-user --password -Secr3t!x", "Secr3t"),
        ("aws connect create-user --password --secr3tpass", "secr3tpass"),
        ("aws connect create-user --password -- --secr3tpass", "secr3tpass"),
        ("aws connect create-user --p --secr3tpass", "secr3tpass"),
        ("aws connect create-user --i=FirstName=Zedediah", "Zedediah"),
    ] {
        let parsed = parse_cli_command(text);
        assert!(!parsed.diagnostics.is_empty(), "{text}");
        for diagnostic in parsed.diagnostics {
            assert!(!diagnostic.message().contains(secret), "{text}: {}", diagnostic.message());
            assert!(!diagnostic.help().unwrap_or_default().contains(secret), "{text}");
            // Not even as an argument that the message leaves out.
            assert!(!format!("{:?}", diagnostic.args).contains(secret), "{text}: {:?}", diagnostic.args);
        }
    }
    let unknown = parse_cli_command("aws connect create-user --pasword Sekr1tXy9 --nick a b");
    assert_eq!(unknown.diagnostics[0].message(), "Unknown options: --pasword, --nick, 3 more words");
    // Only words spelled like option names are listed.
    let unknown = parse_cli_command("aws connect create-user --password -Secr3t!x --nick --Nick -x --x=y");
    let messages: Vec<String> =
        unknown.diagnostics.iter().filter(|d| d.code() != "cli-history-expansion").map(|d| d.message()).collect();
    assert_eq!(messages, ["argument --password: expected one argument", "Unknown options: --nick, 4 more words"]);
}

/// `(code, message)` of each diagnostic, and the request as JSON.
fn read(text: &str) -> (Option<String>, Vec<(&'static str, String)>) {
    let parsed = parse_cli_command(text);
    let diagnostics = parsed.diagnostics.into_iter().map(|d| (d.code(), d.message())).collect();
    (parsed.request.map(|r| json::to_string(&r, None)), diagnostics)
}

fn unknown(words: &str) -> (&'static str, String) {
    ("cli-unknown-option", format!("Unknown options: {words}"))
}

#[test]
fn expansions_in_the_equals_form_are_reported_where_they_are() {
    let text = "aws connect create-user --username=$USER --password=`id` --cli-input-json=\"$(cat f)\"";
    let parsed = parse_cli_command(text);
    let excerpts: Vec<(&str, &str)> =
        parsed.diagnostics.iter().filter_map(|d| Some((d.code(), &text[d.span?.start..d.span?.end]))).collect();
    assert_eq!(
        excerpts[..3],
        [("cli-variable", "$USER"), ("cli-command-substitution", "`id`"), ("cli-command-substitution", "$(cat f)")]
    );
    // The password's is described, not quoted.
    assert!(!parsed.diagnostics[1].message().contains("`id`"), "{}", parsed.diagnostics[1].message());
}

/// argparse (Python 3.11), as awscli 1.46.3 runs it: no option takes a `--` word, and every word
/// after the first `--` is a value. The CLI's positionals (`connect`, `create-user` and its hidden
/// `help`) drop that `--` when it stands next to their word.
#[test]
fn a_double_dash_ends_the_options_as_in_argparse() {
    let missing = |option: &str| ("cli-missing-value", format!("argument {option}: expected one argument"));
    for (text, request, diagnostics) in [
        (
            "aws connect create-user --security-profile-ids a -- b",
            r#"{"SecurityProfileIds":["a"]}"#,
            vec![unknown("1 more word")],
        ),
        ("aws connect create-user --username -- u", "{}", vec![missing("--username"), unknown("1 more word")]),
        (
            "aws connect create-user --security-profile-ids a -- --username u",
            r#"{"SecurityProfileIds":["a"]}"#,
            vec![unknown("--username, 1 more word")],
        ),
        // `help` took `stray`, so the `--` after `p` is a leftover word too.
        (
            "aws connect create-user --username u stray --security-profile-ids p -- x",
            r#"{"Username":"u","SecurityProfileIds":["p"]}"#,
            vec![unknown("3 more words")],
        ),
        (
            "aws connect create-user --username u --security-profile-ids a b --",
            r#"{"Username":"u","SecurityProfileIds":["a","b"]}"#,
            vec![],
        ),
        ("aws -- connect -- create-user --username u", r#"{"Username":"u"}"#, vec![]),
        (
            "aws -- connect create-user --username u --region y",
            r#"{"Username":"u"}"#,
            vec![unknown("--region, 1 more word")],
        ),
        ("aws --region -- connect create-user --username u", r#"{"Username":"u"}"#, vec![missing("--region")]),
        // Only `--opt=--` gives an option a `--`, which argparse drops, leaving an empty list.
        (
            "aws connect create-user --username=-- --security-profile-ids=--",
            r#"{"Username":[],"SecurityProfileIds":[]}"#,
            vec![],
        ),
    ] {
        assert_eq!(read(text), (Some(request.to_owned()), diagnostics), "{text}");
    }
}

/// Python's `str.strip()`, with which the CLI tells JSON from shorthand, also strips U+001C..U+001F.
#[test]
fn python_whitespace_before_json_makes_it_json() {
    let expecting_value = |option: &str| {
        format!("Error parsing parameter '{option}': Invalid JSON: Expecting value: line 1 column 1 (char 0)")
    };
    assert_eq!(
        read("aws connect create-user --identity-info '\u{1c}{\"FirstName\":\"x\"}'"),
        (Some("{}".to_owned()), vec![("cli-syntax", expecting_value("--identity-info"))])
    );
    assert_eq!(
        read("aws connect create-user --security-profile-ids '\u{1f}[\"a\"]'"),
        (
            Some("{}".to_owned()),
            vec![("cli-syntax", expecting_value("--security-profile-ids") + "\nJSON received: \u{1f}[\"a\"]")]
        )
    );
    assert_eq!(
        read("aws connect create-user --auto-accept-configs '{\"Channel\":\"VOICE\"}' '\u{1e}'"),
        (Some("{}".to_owned()), vec![("cli-type-conversion", "string index out of range".to_owned())])
    );
}

#[test]
fn ambiguous_options_are_named_as_the_cli_names_them() {
    let ambiguous = |message: &str| ("cli-ambiguous-option", message.to_owned());
    assert_eq!(
        read("aws --v connect create-user").1,
        [ambiguous("ambiguous option: --v could match --v2-debug, --version")]
    );
    // The CLI shows the whole word; its `=value` is left out here, as it can be personal data.
    assert_eq!(
        read("aws connect create-user --i=FirstName=Zed").1,
        [ambiguous("ambiguous option: --i could match --identity-info, --instance-id")]
    );
}

#[test]
fn a_file_reference_names_the_prefix_of_the_value_it_loads() {
    for (tags, prefix) in [("a@=file://x,b=fileb://y", "file://"), ("a@=fileb://x,b=file://y", "fileb://")] {
        let (_, diagnostics) = read(&format!("aws connect create-user --tags '{tags}'"));
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].1.contains(&format!("from a {prefix} reference")), "{tags}: {}", diagnostics[0].1);
    }
}

#[test]
fn argv_uses_the_equals_form_for_leading_dashes_and_json_where_shorthand_cannot() {
    let r =
        request(r#"{"Username": "-mary", "SecurityProfileIds": ["-a"], "Tags": {"cost center": "x", "team": "y"}}"#);
    let argv = to_cli_argv(&r, Operation::CreateUser, Syntax::Shorthand);
    assert!(argv.contains(&"--username=-mary".to_owned()), "{argv:?}");
    let ids = argv.iter().position(|w| w == "--security-profile-ids").unwrap();
    assert_eq!(argv[ids + 1], r#"["-a"]"#);
    let tags = argv.iter().position(|w| w == "--tags").unwrap();
    assert_eq!(argv[tags + 1], r#"{"cost center":"x","team":"y"}"#);
}

#[test]
fn values_no_option_can_carry_go_to_cli_input_json() {
    let r = request(r#"{"Username": "file://mary", "HierarchyGroupId": "a\u0000b", "Extra": 1}"#);
    let argv = to_cli_argv(&r, Operation::CreateUser, Syntax::Shorthand);
    assert!(!argv.contains(&"--username".to_owned()));
    assert_eq!(argv[argv.len() - 2], "--cli-input-json");
    assert_eq!(argv[argv.len() - 1], r#"{"Username":"file://mary","HierarchyGroupId":"a\u0000b","Extra":1}"#);
    // cmd.exe cannot carry a newline, so that value moves there too.
    let r = request(r#"{"Username": "two\nlines"}"#);
    let options = CommandOptions { shell: Shell::Cmd, ..CommandOptions::default() };
    let command = to_cli_command(&r, Operation::CreateUser, &options);
    assert!(command.contains("--cli-input-json") && !command.contains('\n'), "{command}");
}

#[test]
fn to_shorthand_lists_the_words_per_option() {
    let words = to_shorthand(&object(AWS_DOCS_EXAMPLE), Operation::CreateUser);
    let identity = words.iter().find(|o| o.option == "--identity-info").unwrap();
    assert_eq!(identity.words, ["FirstName=Mary,LastName=Major"]);
    let ids = words.iter().find(|o| o.option == "--security-profile-ids").unwrap();
    assert_eq!(ids.words, ["12345678-1111-2222-aaaa-a1b2c3d4f5g7"]);
}

#[test]
fn commands_quote_for_each_shell_and_can_hide_the_password() {
    let r = request(r#"{"Password": "Pa$$ w0rd!", "IdentityInfo": {"FirstName": "O'Brien", "LastName": "100%PATH%"}}"#);
    let posix = to_cli_command(&r, Operation::CreateUser, &CommandOptions::default());
    assert!(posix.contains(r"--password 'Pa$$ w0rd!'"), "{posix}");
    assert!(posix.contains(r#"--identity-info 'FirstName="O'\''Brien",LastName=100%PATH%'"#), "{posix}");
    let redacted = to_cli_command(
        &r,
        Operation::CreateUser,
        &CommandOptions { redact_password: true, ..CommandOptions::default() },
    );
    assert!(!redacted.contains("w0rd") && redacted.contains("--password '********'"), "{redacted}");
    let powershell = to_cli_command(
        &r,
        Operation::CreateUser,
        &CommandOptions { shell: Shell::PowerShell, multiline: true, ..CommandOptions::default() },
    );
    assert!(powershell.contains(" `\n    --password 'Pa$$ w0rd!'"), "{powershell}");
    let cmd = to_cli_command(
        &r,
        Operation::CreateUser,
        &CommandOptions { shell: Shell::Cmd, syntax: Syntax::Json, ..CommandOptions::default() },
    );
    assert!(cmd.contains(r#""{""FirstName"":""O'Brien"",""LastName"":""100"^%"PATH"^%"""}""#), "{cmd}");
}

#[test]
fn commands_read_back_as_the_request() {
    for fragment in [
        AWS_DOCS_EXAMPLE,
        r#"{"Username": "-x", "Tags": {"a b": "c,d", "e": "[f]"}, "IdentityInfo": {"FirstName": "Zoë 😀", "LastName": "a\\"}}"#,
        r#"{"AutoAcceptConfigs": [], "SecurityProfileIds": [], "PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "DESK_PHONE", "PhoneNumber": "$(id)"}]}"#,
    ] {
        let r = request(fragment);
        for multiline in [false, true] {
            for syntax in [Syntax::Shorthand, Syntax::Json] {
                let command = to_cli_command(
                    &r,
                    Operation::CreateUser,
                    &CommandOptions { syntax, multiline, ..CommandOptions::default() },
                );
                let parsed = parse_cli_command(&command);
                assert!(parsed.diagnostics.is_empty(), "{command}\n{:#?}", parsed.diagnostics);
                assert_eq!(parsed.request, Some(Value::Object(r.clone())), "{command}");
            }
        }
    }
}

#[test]
fn input_json_is_in_model_order() {
    let shuffled = parse(
        r#"{"Tags": {"b": "1", "a": "2"}, "Zed": 1, "InstanceId": "i", "PhoneConfig": {"AutoAccept": true, "PhoneType": "SOFT_PHONE"}, "Username": "u"}"#,
    );
    assert_eq!(
        to_cli_input_json(&shuffled, Operation::CreateUser, None),
        r#"{"Username":"u","PhoneConfig":{"PhoneType":"SOFT_PHONE","AutoAccept":true},"InstanceId":"i","Tags":{"b":"1","a":"2"},"Zed":1}"#
    );
}

/// Inputs that were quadratic: a diagnostic each for thousands of words (its span counted from the
/// start of the text each time), and a `--cli-input-json` with thousands of keys merged one by one.
#[test]
fn many_diagnostics_and_many_keys_stay_linear() {
    let text = format!("aws connect create-user --security-profile-ids {}", "é$a ".repeat(40_000));
    let parsed = parse_cli_command(&text);
    // The first 20, then one that counts the rest and spans them.
    assert_eq!(parsed.diagnostics.len(), 21);
    assert_eq!(
        parsed.diagnostics[20].message(),
        "39980 more findings of this kind (Shell variable not expanded) are not listed one by one."
    );
    let utf16 = text.encode_utf16().count();
    let first_unlisted = "aws connect create-user --security-profile-ids ".len() + 20 * 4 + 1;
    let summary = parsed.diagnostics[20].span.unwrap();
    assert_eq!((summary.start, summary.end), (first_unlisted, utf16 - 1));
    let keys: String = (0..40_000).map(|i| format!("\"K{i}\":{i},")).collect();
    let text = format!("aws connect create-user --username u --cli-input-json '{{{keys}\"Username\":\"j\"}}'");
    let parsed = parse_cli_command(&text);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics.first());
    let Some(Value::Object(request)) = parsed.request else { panic!("no request") };
    assert_eq!((request.len(), request.get("Username")), (40_001, Some(&Value::from("u"))));
}

/// Hostile pastes repeat one finding millions of times; each code gets at most 20 diagnostics and
/// one that counts the rest, and the message naming unknown words names at most 20.
#[test]
fn findings_of_one_kind_are_bounded() {
    let base = "aws connect create-user --username";
    for (text, code, count) in [
        (format!("{base} {}", "``".repeat(100_000)), "cli-command-substitution", 100_000),
        (format!("{base} \"{}\"", "$a".repeat(100_000)), "cli-variable", 100_000),
        (format!("{base} u {}", "--x ".repeat(40_000)), "cli-unknown-option", 1),
        (format!("{base} u {}", "--i=x ".repeat(40_000)), "cli-ambiguous-option", 40_000),
        (format!("aws {} connect create-user {base} u", "--p x ".repeat(40_000)), "cli-global-option", 40_000),
        (format!("{base} u {}", "--output=yaml ".repeat(40_000)), "cli-global-option-value", 40_000),
        (format!("{base} {}", "{a,b}".repeat(100_000)), "cli-brace-expansion", 100_000),
        (format!("{base} u --security-profile-ids {}", "* ".repeat(40_000)), "cli-glob", 40_000),
        (format!("{base} {}", "!a".repeat(100_000)), "cli-history-expansion", 100_000),
        (format!("{base} {}", "a\0".repeat(100_000)), "cli-nul-character", 100_000),
        (format!("{base} u {}", "2>&1 ".repeat(40_000)), "cli-redirection", 40_000),
        (format!("{base} {}", "--username ".repeat(40_000)), "cli-missing-value", 40_001),
    ] {
        let parsed = parse_cli_command(&text);
        let of_code: Vec<_> = parsed.diagnostics.iter().filter(|d| d.code() == code).collect();
        let expected = if count > 20 { 21 } else { count };
        assert_eq!(of_code.len(), expected, "{code}: {:?}", of_code.last().map(|d| d.message()));
        if count > 20 {
            assert_eq!(
                of_code[20].message(),
                format!(
                    "{} more findings of this kind ({}) are not listed one by one.",
                    count - 20,
                    rules().find(|r| r.code == code).unwrap().title
                )
            );
        }
        assert!(parsed.diagnostics.len() <= 21 * 4, "{code}: {} diagnostics", parsed.diagnostics.len());
        let longest = parsed.diagnostics.iter().map(|d| d.message().len()).max().unwrap_or(0);
        assert!(longest < 2_000, "{code}: a message of {longest} bytes");
    }
}

/// A pasted file of any size stays modest in memory: past 100,000 words the text is refused.
#[test]
fn commands_of_more_than_100_000_words_are_refused() {
    let text = format!("aws connect create-user --security-profile-ids {}", "a ".repeat(100_000));
    let parsed = parse_cli_command(&text);
    assert_eq!(parsed.request, None);
    assert_eq!(parsed.diagnostics.len(), 1);
    let refused = &parsed.diagnostics[0];
    assert_eq!(refused.code(), "cli-shell-syntax");
    assert_eq!(
        refused.message(),
        "The word at line 1, column 200040 is word 100001 of the command: no supported command has that many; paste one command."
    );
    let fits = format!("aws connect create-user --security-profile-ids {}", "a ".repeat(99_996));
    assert!(parse_cli_command(&fits).request.is_some());
}

#[test]
fn hostile_commands_get_diagnostics_not_panics() {
    let long = format!("aws connect create-user --identity-info '{}'", "\\".repeat(100_000));
    let nested = format!("aws connect create-user --tags 'a={}'", "[".repeat(50_000));
    let many = format!("aws connect create-user {}", "--username x ".repeat(20_000));
    // Quadratic work on these would not finish; each must end in a result.
    for text in [
        long.as_str(),
        nested.as_str(),
        many.as_str(),
        "aws",
        "aws connect",
        "\u{0}",
        "'",
        "$(",
        "aws connect create-user --",
    ] {
        let parsed = parse_cli_command(text);
        assert!(parsed.request.is_some() || !parsed.diagnostics.is_empty(), "{text:.60}");
    }
}

/// One pasted command (or more) for each template of the `cli-*` rules.
const EVERY_TEMPLATE: &[&str] = &[
    "aws connect create-user --pho x",
    "aws connect create-user --username {a,b} {1..3} {1..a} a,b}",
    "aws connect create-user --username $(id) --password `id`",
    "aws connect create-user --identity-info file://x --username https://example.com/u",
    "aws connect create-user --username a* a[b =ls",
    "aws connect create-user --username m --p x",
    "aws --debug=x --output yaml --query '[' connect create-user --username m",
    "aws --endpoint-url foo --region 'us west' --cli-read-timeout abc --cli-connect-timeout -1 connect create-user",
    "aws --endpoint-url http://x_y connect create-user",
    "aws --region '' connect create-user",
    "aws --endpoint-url 'http://[::1' connect create-user",
    "aws connect create-user --username a!b \"a\\!b\" \\\n^a^b",
    "aws connect create-user --username",
    "aws connect create-user --version help",
    "gcloud connect create-user",
    "aws connect describe-user",
    "aws connect create-user --username a\0b",
    "aws connect create-user --username m 2>&1 | jq .",
    "aws connect create-user --username 'm",
    "aws connect create-user --username m && echo",
    "aws connect create-user --username (m)",
    "| aws connect create-user",
    "aws connect create-user | | jq",
    "aws connect create-user |",
    "aws connect create-user <<EOF",
    "aws connect create-user <(x)",
    "aws connect create-user 2>",
    "aws connect create-user\n--username m",
    "aws connect create-user\r\n\r\n  --username m",
    "aws connect create-user \\\n\n--username m",
    "aws connect create-user # note\n--username m",
    "aws connect create-user ^\n  --username m",
    "aws connect create-user `\n  --username m",
    "aws connect create-user --username $\"m\"",
    "aws connect create-user --username $'a\\0b'",
    "aws connect create-user --username $'\\xg'",
    "aws connect create-user --username $'\\ud800'",
    "aws connect create-user --username $'\\q'",
    "aws connect create-user --username $'\\xff'",
    "aws connect create-user --generate-cli-skeleton",
    "aws connect create-user --tags 'a=\"b' --identity-info 'FirstName=\"Mary'",
    "aws connect create-user --tags '{\"a\": }' --identity-info '{\"a\": }'",
    "aws connect create-user --tags '[1]' --identity-info '[1]'",
    "aws connect create-user --phone-config AfterContactWorkTimeLimit=sixty",
    "aws connect create-user --cli-input-json '[1]'",
    "aws connect create-user --auto-accept-configs '{\"a\":1}' ''",
    "aws connect create-user --username m --nickname",
    "aws connect create-user --username m --nickname x",
    "aws connect create-user --username mary major",
    "aws connect create-user --username $NAME --password $PASSWORD",
    "aws connect create-user --username ~ --password ~",
];

#[test]
fn every_command_template_is_used_with_all_its_arguments() {
    let many_globs = format!("aws connect create-user --username {}", "a* ".repeat(30));
    let five_digits_too_many = format!("aws --cli-read-timeout {} connect create-user", "1".repeat(4305));
    let too_many_words = format!("aws connect create-user --security-profile-ids {}", "a ".repeat(100_000));
    let texts = EVERY_TEMPLATE.iter().copied().chain([
        many_globs.as_str(),
        five_digits_too_many.as_str(),
        too_many_words.as_str(),
    ]);
    let mut diagnostics: Vec<Diagnostic> = texts.flat_map(|text| parse_cli_command(text).diagnostics).collect();
    diagnostics.extend(unreadable_text(3).diagnostics);
    let listed = |list: &[&Template], template: &Template| list.iter().any(|t| std::ptr::eq(*t, template));
    for d in &diagnostics {
        for template in std::iter::once(d.message_template).chain(d.help_template) {
            for piece in template.pieces() {
                if let Piece::Arg { name, .. } = piece {
                    assert!(name == "path" || d.arg(name).is_some(), "{name} missing: {d:?}");
                }
            }
        }
        assert!(listed(d.rule.messages, d.message_template), "message not listed: {d:?}");
        assert!(d.help_template.is_none_or(|help| listed(d.rule.helps, help)), "help not listed: {d:?}");
    }
    let used = |template: &Template| {
        diagnostics.iter().any(|d| {
            std::ptr::eq(d.message_template, template) || d.help_template.is_some_and(|h| std::ptr::eq(h, template))
        })
    };
    for rule in RULES.iter().filter(|rule| rule.doc.code.starts_with("cli-")) {
        for template in rule.messages.iter().chain(rule.helps) {
            assert!(used(template), "{}: {:?} is never used", rule.doc.code, template.text());
        }
    }
}

/// The AWS CLI's own wording, checked against awscli 1.46.3.
#[test]
fn global_option_values_are_refused_in_the_cli_words() {
    let messages = |text: &str| -> Vec<String> {
        let parsed = parse_cli_command(&format!("aws {text} connect create-user --username m"));
        parsed.diagnostics.iter().filter(|d| d.code() == "cli-global-option-value").map(|d| d.message()).collect()
    };
    // argparse quotes the value with repr(), botocore with '…' as it is.
    assert_eq!(messages("--debug=\"it's\""), ["argument --debug: ignored explicit argument \"it's\""]);
    assert_eq!(messages("--region \"it's\""), ["Provided region_name 'it's' doesn't match a supported format."]);
    assert_eq!(messages("--region $'a\\tb'"), ["Provided region_name 'a\tb' doesn't match a supported format."]);
    assert_eq!(
        messages("--output yaml"),
        ["argument --output: Invalid choice, valid choices are: json | text | table"]
    );
    // Python's int() cuts its repr of the value after 200 characters.
    let long = messages(&format!("--cli-read-timeout {}", "x".repeat(300)));
    assert_eq!(long, [format!("invalid literal for int() with base 10: '{}", "x".repeat(199))]);
    assert_eq!(
        messages("--cli-connect-timeout -0012"),
        ["Attempted to set connect timeout to -12, but the timeout cannot be set to a value less than or equal to 0."]
    );
}

/// One request per operation with every member, in model order, and values that need quoting.
const OPERATION_REQUESTS: [(Operation, &str); 9] = [
    (Operation::CreateUser, AWS_DOCS_EXAMPLE),
    (
        Operation::UpdateUserIdentityInfo,
        r#"{"IdentityInfo": {"FirstName": "Zoë 😀", "LastName": "O'Brien, Jr.", "Email": "a=b@example.com"},
            "UserId": "-u1", "InstanceId": "i 1"}"#,
    ),
    (
        Operation::UpdateUserPhoneConfig,
        r#"{"PhoneConfig": {"PhoneType": "DESK_PHONE", "AutoAccept": false, "AfterContactWorkTimeLimit": 60,
            "DeskPhoneNumber": "+15555551212"}, "UserId": "u", "InstanceId": "i"}"#,
    ),
    (
        Operation::UpdateUserConfig,
        r#"{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true, "AgentFirstCallbackAutoAccept": false}],
            "AfterContactWorkConfigs": [{"Channel": "CHAT", "AfterContactWorkConfig": {"AfterContactWorkTimeLimit": 30}}],
            "PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "SOFT_PHONE", "PhoneNumber": "$(id)"}],
            "PersistentConnectionConfigs": [], "VoiceEnhancementConfigs": [{"Channel": "VOICE", "VoiceEnhancementMode": "NONE"}],
            "UserId": "u", "InstanceId": "i"}"#,
    ),
    (
        Operation::UpdateUserSecurityProfiles,
        r#"{"SecurityProfileIds": ["p1", "-p2"], "UserId": "u", "InstanceId": "i"}"#,
    ),
    (Operation::UpdateUserRoutingProfile, r#"{"RoutingProfileId": "file://r", "UserId": "u", "InstanceId": "i"}"#),
    (Operation::UpdateUserHierarchy, r#"{"UserId": "u", "InstanceId": "i"}"#),
    (
        Operation::TagResource,
        r#"{"resourceArn": "arn:aws:connect:us-west-2:123456789012:instance/i/agent/u", "tags": {"a b": "c,d", "e": "[f]"}}"#,
    ),
    (
        Operation::UntagResource,
        r#"{"resourceArn": "arn:aws:connect:us-west-2:123456789012:instance/i/agent/u", "tagKeys": ["a b", "--c"]}"#,
    ),
];

#[test]
fn every_operations_argv_and_commands_read_back_as_its_request() {
    for (operation, text) in OPERATION_REQUESTS {
        let r = object(text);
        for syntax in [Syntax::Shorthand, Syntax::Json] {
            let argv = to_cli_argv(&r, operation, syntax);
            assert_eq!(argv[..2], ["connect", operation.cli_command()]);
            for multiline in [false, true] {
                let options = CommandOptions { syntax, multiline, ..CommandOptions::default() };
                let command = to_cli_command(&r, operation, &options);
                assert!(command.starts_with(&format!("aws connect {} ", operation.cli_command())), "{command}");
                let parsed = parse_cli_command(&command);
                assert_eq!(parsed.operation, Some(operation), "{command}");
                assert_eq!(parsed.request, Some(Value::Object(r.clone())), "{command}");
                assert_eq!(parsed.diagnostics, [], "{command}");
            }
        }
        // The document lists the members in the input's order, whatever order they came in.
        let mut members: Vec<(String, Value)> = r.iter().map(|(k, v)| (k.to_owned(), v.clone())).collect();
        members.reverse();
        let reversed: connect_user_validator::Object = members.into_iter().collect();
        let input_json = to_cli_input_json(&Value::Object(reversed), operation, None);
        assert_eq!(input_json, json::to_string(&Value::Object(r.clone()), None), "{operation}");
        let skeleton: Vec<String> = match parse(&skeleton(operation)) {
            Value::Object(members) => members.iter().map(|(key, _)| key.to_owned()).collect(),
            other => panic!("{other:?}"),
        };
        let members: Vec<&str> = operation.input().members.iter().map(|m| m.name).collect();
        assert_eq!(skeleton, members, "{operation}");
    }
}

#[test]
fn each_command_reads_its_own_options() {
    let parsed = parse_cli_command(
        "aws connect update-user-security-profiles --security-profile-id a b --user-id u --instance-id i",
    );
    assert_eq!(parsed.operation, Some(Operation::UpdateUserSecurityProfiles));
    assert_eq!(parsed.request, Some(parse(r#"{"SecurityProfileIds": ["a", "b"], "UserId": "u", "InstanceId": "i"}"#)));
    assert_eq!(parsed.diagnostics, []);
    // CreateUser's options are unknown to tag-resource, and `--tag` is a unique prefix there.
    let tag = parse_cli_command("aws connect tag-resource --resource-arn a --tag k=v --username mary");
    assert_eq!(tag.request, Some(parse(r#"{"resourceArn": "a", "tags": {"k": "v"}}"#)));
    assert_eq!(tag.diagnostics.iter().map(|d| d.code()).collect::<Vec<_>>(), ["cli-unknown-option"]);
    assert_eq!(
        tag.diagnostics[0].help().as_deref(),
        Some("tag-resource has no such option, or the words belong to the option before them and need quotes.")
    );
    let help = parse_cli_command("aws connect update-user-hierarchy --user-id u help");
    assert_eq!(
        help.diagnostics.iter().map(|d| d.message()).collect::<Vec<_>>(),
        ["With the word help the AWS CLI prints the help of update-user-hierarchy and sends no request."]
    );
    // In untag-resource, --tag-keys is a list of strings: never shorthand.
    let untag = parse_cli_command("aws connect untag-resource --resource-arn a --tag-keys k=v '[x'");
    assert_eq!(untag.request, Some(parse(r#"{"resourceArn": "a", "tagKeys": ["k=v", "[x"]}"#)));
    let hierarchy = parse_cli_command("aws connect update-user-hierarchy --user-id u --instance-id i");
    assert_eq!(hierarchy.request, Some(parse(r#"{"UserId": "u", "InstanceId": "i"}"#)));
    assert_eq!(hierarchy.operation, Some(Operation::UpdateUserHierarchy));
}

#[test]
fn a_command_of_no_supported_operation_lists_the_supported_ones() {
    for text in ["aws connect describe-user --user-id u", "aws connect", "aws s3 ls", "ls -la", "aws iam tag-resource"]
    {
        let parsed = parse_cli_command(text);
        assert_eq!((parsed.operation, &parsed.request), (None, &None), "{text}");
        let [diagnostic] = parsed.diagnostics.as_slice() else { panic!("{text}: {:?}", parsed.diagnostics) };
        assert_eq!(diagnostic.code(), "cli-not-create-user");
        assert!(diagnostic.message().contains("supported user operation"), "{}", diagnostic.message());
        let help = diagnostic.help().unwrap_or_default();
        for operation in Operation::ALL {
            assert!(help.contains(operation.cli_command()), "{help}");
        }
    }
}
