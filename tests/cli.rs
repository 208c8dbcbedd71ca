//! The native command-line tool, run as a user runs it.
#![cfg(not(target_arch = "wasm32"))] // property tests, processes and shells need a native host

use connect_user_validator::syntax::json;
use connect_user_validator::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/aws-docs-example.json");

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_connect-user-validator"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        // A usage error exits before reading its input; the broken pipe is expected then.
        let _ = input.write_all(text.as_bytes());
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn check_the_aws_docs_example_as_json() {
    let output = run(&["check", "--identity-type", "CONNECT_MANAGED", "--format", "json", EXAMPLE], None);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let result = json::parse(&stdout(&output)).unwrap();
    assert_eq!(result.get("valid"), Some(&Value::Bool(true)));
    let diagnostics = result.get("diagnostics").and_then(Value::as_array).unwrap();
    let codes: Vec<(&str, &str)> = diagnostics
        .iter()
        .map(|d| (d.get("code").and_then(Value::as_str).unwrap(), d.get("severity").and_then(Value::as_str).unwrap()))
        .collect();
    assert_eq!(
        codes,
        [
            ("email-required", "warning"),
            ("legacy-phone-config", "info"),
            ("id-format", "warning"),
            ("id-format", "warning"),
            ("id-format", "warning")
        ]
    );
}

#[test]
fn check_prints_grouped_text_with_codes_and_help() {
    let output = run(&["check", "--identity-type=CONNECT_MANAGED", EXAMPLE], None);
    let text = stdout(&output);
    assert!(text.contains("IdentityInfo.Email\n  warning[email-required] IdentityInfo.Email is missing;"), "{text}");
    assert!(text.contains("    help: Add the user's email address"), "{text}");
    assert!(text.contains("PhoneConfig\n  info[legacy-phone-config]"), "{text}");
    assert!(text.ends_with("valid (0 errors, 4 warnings, 1 info)\n"), "{text}");
    assert!(!text.contains('\x1b'), "no colour without a terminal");
}

#[test]
fn an_invalid_request_exits_1() {
    let output = run(&["check", "-"], Some(r#"{"Username": "mary"}"#));
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("error[required] SecurityProfileIds is required."));
}

#[test]
fn fix_migrates_phone_config() {
    let output = run(&["fix", "--identity-type", "CONNECT_MANAGED", EXAMPLE], None);
    assert_eq!(output.status.code(), Some(0));
    let fixed = json::parse(&stdout(&output)).unwrap();
    assert!(fixed.get("PhoneConfig").is_none());
    for member in ["AutoAcceptConfigs", "AfterContactWorkConfigs", "PhoneNumberConfigs"] {
        let element = &fixed.get(member).and_then(Value::as_array).unwrap()[0];
        assert_eq!(element.get("Channel").and_then(Value::as_str), Some("VOICE"), "{member}");
    }
}

#[test]
fn explain_and_rules() {
    let output = run(&["explain", "password-policy"], None);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.starts_with("# password-policy (error): Password does not meet the policy"));
    assert!(text.contains("## What it checks") && text.contains("## Source"));

    let output = run(&["explain", "no-such-rule"], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("error: invalid value 'no-such-rule' for '<CODE>': not a rule code;"));

    let output = run(&["rules", "--format", "json"], None);
    let rules = json::parse(&stdout(&output)).unwrap();
    assert_eq!(rules.as_array().unwrap().len(), connect_user_validator::rules().count());
    let output = run(&["rules"], None);
    assert!(stdout(&output).lines().any(|l| l.starts_with("phone-config-conflict") && l.contains("error")));
}

#[test]
fn bad_input_is_a_clear_message_and_exit_2() {
    let cases: [(&[&str], Option<&str>, &str); 11] = [
        (&["check", "/nonexistent/request.json"], None, "cannot read /nonexistent/request.json: no such file."),
        (
            &["check"],
            Some("{\"Username\": "),
            "<stdin> is not valid JSON: Expecting value: line 1 column 14 (char 13).",
        ),
        (&["check"], Some("[1, 2]"), "<stdin> holds a list, not a request object"),
        (&["check"], Some("\"mary\""), "<stdin> holds a string, not a request object"),
        (
            &["check", "--identity-type", "LDAP"],
            Some("{}"),
            "invalid value 'LDAP' for '--identity-type <T>'\n  [possible values: CONNECT_MANAGED, SAML, EXISTING_DIRECTORY]",
        ),
        (&["check", "--bogus"], Some("{}"), "unexpected argument '--bogus' found"),
        (&["frobnicate"], None, "unrecognized subcommand 'frobnicate'"),
        // A flag takes no value, so `=false` is refused rather than read as the flag being set.
        (&["command", "--multiline=false"], Some("{}"), "unexpected value 'false' for '--multiline' found"),
        (&["command", "--redact-password=false"], Some("{}"), "unexpected value 'false' for '--redact-password' found"),
        // The extra argument is named, not the rule code before it.
        (&["explain", "required", "extra"], None, "unexpected argument 'extra' found"),
        (&["check", EXAMPLE, "second.json"], None, "unexpected argument 'second.json' found"),
    ];
    for (args, input, expected) in cases {
        let output = run(args, input);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let message = stderr(&output);
        assert!(message.starts_with("error: "), "{message}");
        assert!(message.contains(expected), "{args:?}: {message}");
        assert!(!message.contains("panicked") && !message.contains("RUST_BACKTRACE"), "{message}");
    }
}

#[test]
fn no_command_prints_the_help_and_exits_2() {
    let output = run(&[], None);
    assert_eq!(output.status.code(), Some(2));
    let help = stderr(&output);
    assert!(help.contains("Usage: connect-user-validator <COMMAND>"), "{help}");
}

/// Every subcommand, option and option value of README.md's table of commands is accepted.
#[test]
fn every_documented_command_and_option_works() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = &readme[readme.find("| command | prints | exit status |").unwrap()..];
    let rows: Vec<&str> = table.lines().skip(2).take_while(|line| line.starts_with("| `")).collect();
    assert!(rows.len() >= 11, "the README's table of commands");
    for row in rows {
        let usage = row.trim_start_matches("| `").split('`').next().unwrap().replace("\\|", "|");
        let mut words = usage.split(' ');
        let command = words.next().unwrap();
        let mut variants: Vec<Vec<String>> = vec![vec![]];
        for option in usage.split('[').skip(1).map(|o| o.trim_end_matches([']', ' '])) {
            match option.split_once(' ') {
                Some((name, values)) if name.starts_with("--") && values.contains('|') => {
                    variants.extend(values.split('|').map(|value| vec![name.to_owned(), value.to_owned()]));
                }
                Some((name, "T")) => variants.push(vec![name.to_owned(), "SAML".to_owned()]),
                Some((name, "OP")) => variants.push(vec![name.to_owned(), "UpdateUserConfig".to_owned()]),
                None if option.starts_with("--") => variants.push(vec![option.to_owned()]),
                _ => {}
            }
        }
        let file = match command {
            "parse-command" | "parse-shorthand" => Some("aws connect create-user --username mary"),
            _ if usage.contains("FILE") => Some("{\"Username\": \"mary\"}"),
            _ => None,
        };
        let operand = match command {
            "explain" => Some("required"),
            "completions" => Some("bash"),
            _ => None,
        };
        for options in variants {
            let mut args = vec![command];
            args.extend(options.iter().map(String::as_str));
            args.extend(operand);
            if file.is_some() {
                args.push("-");
            }
            let output = run(&args, file);
            assert!(matches!(output.status.code(), Some(0 | 1)), "{args:?}: {}", stderr(&output));
            assert!(!output.stdout.is_empty(), "{args:?}");
        }
    }
}

#[test]
fn help_lists_every_command_and_explains_files_and_exit_statuses() {
    let output = run(&["--help"], None);
    assert_eq!(output.status.code(), Some(0));
    let help = stdout(&output);
    for command in [
        "check",
        "fix",
        "explain",
        "rules",
        "argv",
        "command",
        "input-json",
        "parse-command",
        "parse-shorthand",
        "skeleton",
        "completions",
    ] {
        assert!(help.contains(&format!("\n  {command} ")), "{command}: {help}");
    }
    assert!(help.contains("At most 16 MiB is read"), "{help}");
    assert!(help.contains("Exit status: 0 success;"), "{help}");

    let output = run(&["help", "command"], None);
    assert_eq!(output.status.code(), Some(0));
    let help = stdout(&output);
    assert!(help.contains("--shell <SHELL>") && help.contains("[possible values: posix, powershell, cmd]"), "{help}");
    assert!(help.contains("--multiline") && help.contains("--redact-password"), "{help}");

    let output = run(&["--version"], None);
    assert_eq!(stdout(&output), concat!("connect-user-validator ", env!("CARGO_PKG_VERSION"), "\n"));
}

#[test]
fn completions_load_in_bash() {
    let output = run(&["completions", "bash"], None);
    assert_eq!(output.status.code(), Some(0));
    let script = stdout(&output);
    let loaded = Command::new("bash")
        .args(["-c", "eval \"$1\" && complete -p connect-user-validator", "bash", &script])
        .output()
        .unwrap();
    assert!(loaded.status.success(), "{}", String::from_utf8_lossy(&loaded.stderr));
    assert!(String::from_utf8_lossy(&loaded.stdout).contains("connect-user-validator"));
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        let output = run(&["completions", shell], None);
        assert_eq!(output.status.code(), Some(0), "{shell}");
        assert!(stdout(&output).contains("connect-user-validator"), "{shell}");
    }
}

/// The most any subcommand reads (16 MiB), as the help and README.md say.
const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

#[test]
fn an_endless_file_is_refused_at_16_mib() {
    for command in ["check", "fix", "argv", "command", "input-json", "parse-command", "parse-shorthand"] {
        let output = run(&[command, "/dev/zero"], None);
        assert_eq!(output.status.code(), Some(2), "{command}");
        assert_eq!(
            stderr(&output),
            "error: /dev/zero is larger than 16 MiB, more than this tool reads; a CreateUser request is a few KB.\n",
            "{command}"
        );
    }
}

#[test]
fn standard_input_is_refused_past_16_mib_and_read_up_to_it() {
    let too_large = " ".repeat(MAX_INPUT_BYTES + 1);
    for command in ["check", "parse-shorthand"] {
        let output = run(&[command], Some(&too_large));
        assert_eq!(output.status.code(), Some(2), "{command}");
        assert!(stderr(&output).starts_with("error: <stdin> is larger than 16 MiB"), "{}", stderr(&output));
    }
    // Exactly the limit is read: a request padded with spaces to 16 MiB is checked.
    let mut request = String::from("{\"Username\": \"mary\"}");
    request.push_str(&" ".repeat(MAX_INPUT_BYTES - request.len()));
    let output = run(&["check", "-"], Some(&request));
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stdout(&output).contains("error[required] SecurityProfileIds is required."));
}

#[test]
fn a_directory_and_non_utf8_input_are_refused_cleanly() {
    let output = run(&["check", env!("CARGO_MANIFEST_DIR")], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("it is a directory"), "{}", stderr(&output));

    let mut child = Command::new(env!("CARGO_BIN_EXE_connect-user-validator"))
        .arg("check")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"{\"Username\": \"\xff\"}").unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("is not UTF-8 text"));
}

#[test]
fn the_readme_shows_real_output() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut shown = 0;
    for block in readme.split("```console\n").skip(1) {
        let block = &block[..block.find("```").unwrap()];
        let (command, expected) = block.split_once('\n').unwrap();
        let args: Vec<&str> = command.strip_prefix("$ connect-user-validator ").unwrap().split(' ').collect();
        let output = Command::new(env!("CARGO_BIN_EXE_connect-user-validator"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert_eq!(expected, stdout(&output), "README example `{command}`");
        shown += 1;
    }
    assert!(shown >= 2, "the README shows the check and command examples");
}

#[test]
fn a_file_name_after_double_dash_may_start_with_a_dash() {
    let output = run(&["check", "--", "-request.json"], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot read -request.json: no such file."), "{}", stderr(&output));
}

#[test]
fn text_output_has_one_group_per_field() {
    // 3,000 security profile IDs listed twice: a diagnostic on each of 3,000 paths.
    let ids: Vec<String> = (0..3000).map(|i| format!("\"0b3f6a4e-1c2d-4e5f-8a9b-{i:012}\"")).collect();
    let request = format!("{{\"SecurityProfileIds\": [{0}, {0}]}}", ids.join(","));
    let output = run(&["check"], Some(&request));
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let headers: Vec<&str> = text.lines().filter(|line| !line.is_empty() && !line.starts_with(' ')).collect();
    let distinct: std::collections::HashSet<&&str> = headers.iter().collect();
    assert_eq!(distinct.len(), headers.len(), "a field appears in two groups");
    assert!(headers.contains(&"SecurityProfileIds[5999]"), "{}", &text[..500]);
}

#[test]
fn the_operation_option_picks_the_input_its_rules_and_its_command() {
    let request = r#"{"InstanceId": "0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d", "RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012",
        "UserId": "87654321-2222-1234-1234-111234567891"}"#;
    let operation = ["--operation", "UpdateUserRoutingProfile"];
    let check = |extra: &[&str]| run(&[&["check"], extra, &["-"]].concat(), Some(request)).status.code();
    assert_eq!(check(&operation), Some(0));
    // As a CreateUser request it lacks Username and SecurityProfileIds, and UserId is unknown.
    assert_eq!(check(&[]), Some(1));

    let argv = run(&[&["argv"], &operation[..], &["-"]].concat(), Some(request));
    assert_eq!(
        stdout(&argv),
        "[\"connect\",\"update-user-routing-profile\",\"--routing-profile-id\",\"a1b2c3d4-5678-90ab-cdef-123456789012\",\
         \"--user-id\",\"87654321-2222-1234-1234-111234567891\",\"--instance-id\",\"0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d\"]\n"
    );
    let command = stdout(&run(&[&["command"], &operation[..], &["--multiline", "-"]].concat(), Some(request)));
    assert!(command.starts_with("aws connect update-user-routing-profile \\\n    --routing-profile-id "), "{command}");
    let input_json = stdout(&run(&[&["input-json"], &operation[..], &["-"]].concat(), Some(request)));
    let fixed = stdout(&run(&[&["fix"], &operation[..], &["-"]].concat(), Some(request)));
    for document in [input_json, fixed] {
        let keys: Vec<String> = match json::parse(&document) {
            Ok(Value::Object(members)) => members.iter().map(|(key, _)| key.to_owned()).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(keys, ["RoutingProfileId", "UserId", "InstanceId"]);
    }
    let skeleton = stdout(&run(&["skeleton", "--operation", "UntagResource"], None));
    assert_eq!(skeleton, "{\n    \"resourceArn\": \"\",\n    \"tagKeys\": [\n        \"\"\n    ]\n}\n");

    let unknown = run(&["argv", "--operation", "DeleteUser", "-"], Some(request));
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("possible values: CreateUser, UpdateUserIdentityInfo"), "{}", stderr(&unknown));
}

#[test]
fn parse_command_names_the_operation() {
    let parse = |text: &str| {
        let output = run(&["parse-command", "-"], Some(text));
        (output.status.code(), json::parse(&stdout(&output)).unwrap())
    };
    let (status, tagged) = parse("aws connect tag-resource --resource-arn arn --tags team=support");
    assert_eq!(status, Some(0));
    assert_eq!(tagged.get("operation"), Some(&Value::from("TagResource")));
    assert_eq!(
        tagged.get("request").and_then(|r| r.get("tags")).and_then(|t| t.get("team")),
        Some(&Value::from("support"))
    );
    let (status, other) = parse("aws connect describe-user --user-id u --instance-id i");
    assert_eq!(status, Some(1));
    assert_eq!((other.get("operation"), other.get("request")), (Some(&Value::Null), Some(&Value::Null)));
}
