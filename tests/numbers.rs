//! Numbers JSON, Python or JavaScript cannot hold exactly: huge integers, huge exponents, -0, NaN
//! and the infinities, read from JSON, shorthand and pasted commands. Messages say what the value is
//! without repeating a long one; emitters write every number as the AWS CLI reads it back, never
//! `null`.

mod common;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use common::request_with;
use connect_user_validator::syntax::json;
use connect_user_validator::{
    parse_cli_command, to_cli_argv, to_cli_command, to_cli_input_json, validate, CommandOptions, Number, Operation,
    Options, Severity, Syntax, Value,
};

fn request(limit: &str) -> Value {
    request_with(&format!(r#"{{"PhoneConfig": {{"PhoneType": "SOFT_PHONE", "AfterContactWorkTimeLimit": {limit}}}}}"#))
}

/// The errors of `request`: `(code, message, help)`.
fn problems(request: &Value) -> Vec<(&'static str, String, String)> {
    validate(request, &Options::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.code(), d.message(), d.help().unwrap_or_default()))
        .collect()
}

fn long(digits: usize) -> String {
    "9".repeat(digits)
}

#[test]
fn each_number_is_named_in_its_message_without_repeating_a_long_one() {
    let at = "PhoneConfig.AfterContactWorkTimeLimit";
    let cases = [
        ("NaN", "type", format!("{at} must be an integer, not NaN.")),
        ("Infinity", "type", format!("{at} must be an integer, not Infinity.")),
        ("-Infinity", "type", format!("{at} must be an integer, not -Infinity.")),
        // Python reads 1e400 as a float infinity, as the AWS CLI's error says ("value: inf").
        ("1e400", "type", format!("{at} must be an integer, not Infinity.")),
        ("-0.0", "type", format!("{at} must be an integer, not the float -0.0.")),
        ("1e300", "type", format!("{at} must be an integer, not the float 1e+300.")),
        (
            "99999999999999999999",
            "acw-range",
            format!("{at} is 99999999999999999999 seconds; the maximum is 2,000,000 (about 23 days)."),
        ),
        (
            "9007199254740993",
            "acw-range",
            format!("{at} is 9007199254740993 seconds; the maximum is 2,000,000 (about 23 days)."),
        ),
        (
            &long(5000),
            "acw-range",
            format!("{at} is an integer of 5,000 digits; the maximum is 2,000,000 (about 23 days)."),
        ),
        ("-9223372036854775809", "range", format!("{at} is -9223372036854775809; the minimum is 0.")),
        (&format!("-{}", long(400)), "range", format!("{at} is a negative integer of 400 digits; the minimum is 0.")),
    ];
    for (literal, code, message) in cases {
        let found = problems(&request(literal));
        assert_eq!(found.iter().map(|(c, m, _)| (*c, m.as_str())).collect::<Vec<_>>(), [(code, message.as_str())]);
        let (_, message, help) = &found[0];
        assert!(!message.contains("non-finite") && !message.contains("null"), "{message}");
        assert!(message.len() < 120 && help.len() < 200, "{literal:.30}: {message} {help}");
    }
    assert_eq!(problems(&request("-0")), [], "JSON -0 is the integer 0");
    let (_, _, help) = &problems(&request("NaN"))[0];
    assert_eq!(help, "NaN is not a number of seconds: give a whole number from 0 to 2,000,000 (about 23 days).");
    let (_, _, help) = &problems(&request(&long(4301)))[0];
    assert!(help.ends_with("the AWS CLI cannot even read an integer of more than 4,300 digits."), "{help}");
}

#[test]
fn emitters_write_each_number_as_the_aws_cli_reads_it_back() {
    let cases = [
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
        ("1e400", "Infinity"),
        ("-0", "0"),
        ("-0.0", "-0.0"),
        ("1e300", "1e+300"),
        ("30.0", "30.0"),
        ("9007199254740993", "9007199254740993"),
        ("-9223372036854775809", "-9223372036854775809"),
        ("99999999999999999999", "99999999999999999999"),
        (&long(4300), &long(4300)),
    ];
    for (literal, written) in cases {
        let Value::Object(request) = request(literal) else { unreachable!() };
        let json_word = format!("{{\"PhoneType\":\"SOFT_PHONE\",\"AfterContactWorkTimeLimit\":{written}}}");
        let shorthand_word = format!("PhoneType=SOFT_PHONE,AfterContactWorkTimeLimit={written}");
        let integer = !written.contains(['.', 'e', 'N', 'I']);
        for syntax in [Syntax::Shorthand, Syntax::Json] {
            let argv = to_cli_argv(&request, Operation::CreateUser, syntax);
            let at = argv.iter().position(|word| word == "--phone-config").expect("--phone-config");
            // Shorthand gives the CLI text for int(): a float it cannot express goes as JSON.
            let expected = if integer && syntax == Syntax::Shorthand { &shorthand_word } else { &json_word };
            assert_eq!(&argv[at + 1], expected, "{literal:.30} in {syntax:?}");
        }
        let input_json = to_cli_input_json(&Value::Object(request.clone()), Operation::CreateUser, None);
        assert!(input_json.contains(&format!("\"AfterContactWorkTimeLimit\":{written}}}")), "{input_json:.200}");
        let command = to_cli_command(&request, Operation::CreateUser, &CommandOptions::default());
        assert!(!command.contains("null") && !input_json.contains("null"), "{command:.200}");
        // And the command reads back as the same value (compared as text: NaN is not NaN).
        let read = parse_cli_command(&command).request.and_then(|r| r.get("PhoneConfig").cloned());
        let phone_config = request.get("PhoneConfig").map(|p| json::to_string(p, None));
        assert_eq!(read.map(|p| json::to_string(&p, None)), phone_config, "{literal:.30}");
    }
}

/// `(pasted --phone-config value, the request's AfterContactWorkTimeLimit or the CLI's error)`, as
/// awscli 1.46.3 does (tests/differential/edge_numbers.py checks the same against it).
#[test]
fn pasted_commands_read_numbers_as_the_cli_does() {
    let base = "aws connect create-user --username mary --security-profile-ids p --routing-profile-id r \
                --instance-id i --phone-config";
    let limit_error = |digits: usize| {
        format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; use \
             sys.set_int_max_str_digits() to increase the limit"
        )
    };
    let cases: [(String, Result<String, String>); 9] = [
        ("AfterContactWorkTimeLimit=NaN".into(), Err("invalid literal for int() with base 10: 'NaN'".into())),
        (
            "AfterContactWorkTimeLimit=-Infinity".into(),
            Err("invalid literal for int() with base 10: '-Infinity'".into()),
        ),
        ("AfterContactWorkTimeLimit=1e3".into(), Err("invalid literal for int() with base 10: '1e3'".into())),
        ("AfterContactWorkTimeLimit=99999999999999999999".into(), Ok("99999999999999999999".into())),
        ("AfterContactWorkTimeLimit=-0".into(), Ok("0".into())),
        (format!("AfterContactWorkTimeLimit={}", long(4300)), Ok(long(4300))),
        (format!("AfterContactWorkTimeLimit={}", long(5000)), Err(limit_error(5000))),
        ("'{\"AfterContactWorkTimeLimit\": NaN}'".into(), Ok("NaN".into())),
        ("'{\"AfterContactWorkTimeLimit\": -1e400}'".into(), Ok("-Infinity".into())),
    ];
    for (value, expected) in cases {
        let parsed = parse_cli_command(&format!("{base} {value}"));
        let errors: Vec<(&str, String)> =
            parsed.diagnostics.iter().filter(|d| d.code() != "cli-variable").map(|d| (d.code(), d.message())).collect();
        match expected {
            Ok(limit) => {
                assert_eq!(errors, [], "{value:.60}");
                let request = parsed.request.expect("a request");
                let read = request.get("PhoneConfig").and_then(|p| p.get("AfterContactWorkTimeLimit"));
                assert_eq!(read.map(|v| json::to_string(v, None)), Some(limit), "{value:.60}");
            }
            Err(message) => {
                assert_eq!(errors.len(), 1, "{value:.60}: {errors:?}");
                assert_eq!(errors[0].0, "cli-type-conversion");
                assert!(errors[0].1.contains(&message), "{value:.60}: {}", errors[0].1);
            }
        }
    }
}

#[test]
fn javascript_numbers_are_integers_when_whole_as_json_stringify_writes_them() {
    for (value, written, integral) in [
        (-0.0, "0", true),
        (9_007_199_254_740_994.0, "9007199254740994", true),
        (2f64.powi(63), "9223372036854776000", true),
        (1e21, "1000000000000000000000", true),
        (-1e19, "-10000000000000000000", true),
        (0.5, "0.5", false),
        (f64::NAN, "NaN", false),
        (f64::NEG_INFINITY, "-Infinity", false),
    ] {
        let number = Number::from_js(value);
        assert_eq!((number.to_string(), number.is_integral()), (written.to_owned(), integral), "{value}");
    }
    assert_eq!(Number::from_js(f64::MAX).to_string(), format!("17976931348623157{}", "0".repeat(292)));
    assert_eq!(connect_user_validator::render::number(&Number::from_js(f64::MAX)), "an integer of 309 digits");
}
