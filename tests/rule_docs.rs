//! Every rule's documentation: its sections, its examples (run as tests, as Biome does), and the
//! generated files: docs/rules.md and the package's catalogue.

mod common;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use common::diagnostics_in;
use connect_user_validator::{explain, parse_cli_command, plan_user_update, rules, Diagnostic, Operation, RuleDoc};

const SECTIONS: [&str; 5] = ["## What it checks", "## Why", "## Example", "## Fix", "## Source"];

/// A fenced example: ```json fails identity=SAML operation=UpdateUserConfig (a request; CreateUser
/// unless an operation is given), ```sh fails (a pasted command), or ```json plan fails (an update
/// plan: `{"current": …, "desired": …}`).
struct Example {
    command: bool,
    plan: bool,
    fails: bool,
    identity: Option<String>,
    operation: Operation,
    body: String,
}

fn examples(doc: &RuleDoc) -> Vec<Example> {
    let mut examples = Vec::new();
    let mut lines = doc.explanation.lines();
    while let Some(line) = lines.next() {
        let (command, info) = match (line.strip_prefix("```json"), line.strip_prefix("```sh")) {
            (Some(info), _) => (false, info),
            (_, Some(info)) => (true, info),
            _ => continue,
        };
        let words: Vec<&str> = info.split_whitespace().collect();
        let body: Vec<&str> = lines.by_ref().take_while(|l| !l.starts_with("```")).collect();
        examples.push(Example {
            command,
            plan: words.contains(&"plan"),
            fails: words.contains(&"fails"),
            identity: words.iter().find_map(|w| w.strip_prefix("identity=")).map(str::to_owned),
            operation: words
                .iter()
                .find_map(|w| w.strip_prefix("operation="))
                .map_or(Operation::CreateUser, |name| Operation::parse(name).expect("a known operation")),
            // A pasted command cannot show a NUL character, so the examples write `<NUL>`.
            body: body.join("\n").replace("<NUL>", "\0"),
        });
    }
    examples
}

#[test]
fn every_rule_has_the_documented_sections_in_order() {
    for doc in rules() {
        let positions: Vec<usize> = SECTIONS
            .iter()
            .map(|s| doc.explanation.find(s).unwrap_or_else(|| panic!("{} lacks {s}", doc.code)))
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{}: sections out of order", doc.code);
        assert!(!doc.title.is_empty() && doc.summary.ends_with('.'), "{}: title and one-sentence summary", doc.code);
    }
}

#[test]
fn every_rule_example_does_what_it_says() {
    for doc in rules() {
        let examples = examples(doc);
        assert!(examples.iter().any(|e| e.fails), "{} has a failing example", doc.code);
        assert!(examples.iter().any(|e| !e.fails), "{} has a passing example", doc.code);
        for example in examples {
            let found: Vec<Diagnostic> = if example.command {
                parse_cli_command(&example.body).diagnostics.into_iter().filter(|d| d.code() == doc.code).collect()
            } else if example.plan {
                let sides = common::parse(&example.body);
                let (current, desired) = (sides.get("current").unwrap(), sides.get("desired").unwrap());
                let options = common::identity(example.identity.as_deref());
                plan_user_update(current, desired, &options)
                    .diagnostics
                    .into_iter()
                    .filter(|d| d.code() == doc.code)
                    .collect()
            } else {
                diagnostics_in(example.operation, doc.code, example.identity.as_deref(), &example.body)
            };
            assert_eq!(!found.is_empty(), example.fails, "{}: example {}\n{found:#?}", doc.code, example.body);
        }
    }
}

#[test]
fn codes_are_unique_and_explain_finds_each() {
    let codes: Vec<&str> = rules().map(|doc| doc.code).collect();
    for code in &codes {
        assert_eq!(codes.iter().filter(|c| *c == code).count(), 1, "{code} is listed once");
        assert_eq!(explain(code).map(|doc| doc.code), Some(*code));
    }
    assert!(explain("no-such-rule").is_none());
}

#[test]
fn the_catalogue_covers_rules_md() {
    // The minimum catalogue of ../shared/spec/rules.md; codes are forever, so this list only grows.
    let required = [
        "required",
        "type",
        "unknown-member",
        "length",
        "enum",
        "range",
        "list-length",
        "username-length",
        "username-characters",
        "username-at-sign",
        "password-required",
        "password-not-allowed",
        "password-policy",
        "name-required",
        "name-length",
        "name-not-nfc",
        "email-required",
        "email-not-allowed",
        "email-format",
        "mobile-format",
        "directory-user-id-not-allowed",
        "identity-type-inferred",
        "phone-config-conflict",
        "voice-only",
        "agent-first-callback-voice-only",
        "duplicate-channel",
        "desk-phone-number-required",
        "phone-number-unused",
        "phone-number-format",
        "acw-range",
        "legacy-phone-config",
        "arn-instead-of-id",
        "id-format",
        "duplicate-security-profile",
        "tag-key-reserved",
        "tag-key-characters",
    ];
    for code in required {
        assert!(explain(code).is_some(), "{code} is in the catalogue");
    }
}

#[cfg(not(target_arch = "wasm32"))] // reads the files from disk
#[test]
fn generated_files_are_up_to_date() {
    let files = [
        ("docs/rules.md", connect_user_validator::rules::reference_markdown()),
        ("pkg-template/catalogue.js", connect_user_validator::catalogue::javascript()),
        ("pkg-template/catalogue-cli.js", connect_user_validator::catalogue::javascript_cli()),
        ("pkg-template/explanations.json", connect_user_validator::catalogue::explanations_json()),
    ];
    for (file, generated) in files {
        let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("UPDATE_GENERATED").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == generated, "{file} is stale: run `make generated`");
    }
}
