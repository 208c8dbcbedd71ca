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
    assert!(stderr(&output).contains("\"no-such-rule\" is not a rule code"));

    let output = run(&["rules", "--format", "json"], None);
    let rules = json::parse(&stdout(&output)).unwrap();
    assert_eq!(rules.as_array().unwrap().len(), connect_user_validator::rules().count());
    let output = run(&["rules"], None);
    assert!(stdout(&output).lines().any(|l| l.starts_with("phone-config-conflict") && l.contains("error")));
}

#[test]
fn bad_input_is_a_clear_message_and_exit_2() {
    let cases: [(&[&str], Option<&str>, &str); 7] = [
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
            "--identity-type must be CONNECT_MANAGED, SAML or EXISTING_DIRECTORY, not \"LDAP\".",
        ),
        (&["check", "--bogus"], Some("{}"), "unknown option --bogus."),
        (&["frobnicate"], None, "\"frobnicate\" is not a command."),
    ];
    for (args, input, expected) in cases {
        let output = run(args, input);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        assert!(message.starts_with("connect-user-validator: "), "{message}");
        assert!(message.contains(expected), "{args:?}: {message}");
        assert!(!message.contains("panicked") && !message.contains("RUST_BACKTRACE"), "{message}");
    }
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
