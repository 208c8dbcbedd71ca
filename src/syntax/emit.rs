//! Writing a request as the AWS CLI takes it: option words in shorthand or JSON syntax, the argv,
//! a whole shell command, the `--cli-input-json` document and the skeleton.
//!
//! Every shorthand word is parsed back and converted as the CLI would before it is used; whatever
//! does not come back identical, or holds a character the shell cannot carry, is written in the
//! option's JSON syntax instead, and a member no option can carry (a top-level string starting with
//! `file://` or holding such a character) goes into `--cli-input-json`, which the CLI merges with
//! the options.

use crate::model::{Shape, StructureShape};
use crate::operation::Operation;
use crate::redaction::redact_members;
use crate::syntax::coerce::coerce;
use crate::syntax::options::{options, Arity, CliOption, CLI_INPUT_JSON};
use crate::syntax::shell::{self, Shell};
use crate::syntax::shorthand::is_python_space;
use crate::syntax::{json, shorthand};
use crate::value::{Object, Value};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Syntax {
    #[default]
    Shorthand,
    Json,
}

impl Syntax {
    pub fn parse(name: &str) -> Option<Syntax> {
        match name {
            "shorthand" => Some(Syntax::Shorthand),
            "json" => Some(Syntax::Json),
            _ => None,
        }
    }
}

/// How [`to_cli_command`] writes the command.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CommandOptions {
    pub shell: Shell,
    pub syntax: Syntax,
    pub multiline: bool,
    /// Writes a placeholder instead of the Password, and of any member named like it, at any
    /// depth ([`redact_password`](crate::redact_password)).
    pub redact_password: bool,
}

/// Prefixes that make the AWS CLI replace a whole option value with a file's (or URL's) content.
const PARAMFILE_PREFIXES: [&str; 4] = ["file://", "fileb://", "http://", "https://"];

/// One option and its words, as the CLI reads them (without the `--opt=` joining).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionWords {
    pub option: String,
    pub words: Vec<String>,
    /// Whether the CLI reads exactly one word for this option (strings, structures, maps).
    single: bool,
}

impl OptionWords {
    /// The argv words: `--opt value`, or `--opt=value` when the value starts with `-`, which the
    /// CLI's argument parser would otherwise take for an option.
    pub fn argv(&self) -> Vec<String> {
        match self.words.as_slice() {
            [word] if self.single && word.starts_with('-') => vec![format!("{}={word}", self.option)],
            words => std::iter::once(self.option.clone()).chain(words.iter().cloned()).collect(),
        }
    }
}

/// cmd.exe's special characters. On Windows, pip installs the AWS CLI v1 as `aws.cmd`, and
/// PowerShell (5.1, and 7.3+ in its default `Windows` argument passing) hands a batch file its
/// arguments without escaping them for cmd.exe, which reads the command line again: there, such a
/// character outside double quotes would run a command or expand a variable. `!` is left out: it
/// is special only with delayed expansion, which is off by default and comes after the line is
/// split into commands.
const CMD_SPECIAL: [char; 6] = ['&', '|', '<', '>', '^', '%'];

/// Whether `shell` can carry `word` as one argv word, for whatever runs there.
fn carriable(word: &str, shell: Shell) -> bool {
    !word.contains('\0') && shell::can_quote(word, shell) && (shell != Shell::PowerShell || !word.contains(CMD_SPECIAL))
}

/// `value` as JSON text for `shell`. For PowerShell, cmd.exe's special characters are written as
/// `\u` escapes, so the word is inert even if cmd.exe reads it: they occur only inside JSON strings,
/// where an escape means the same character.
fn json_word(value: &Value, shell: Shell) -> String {
    let text = json::to_string(value, None);
    if shell != Shell::PowerShell {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if CMD_SPECIAL.contains(&c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The option words for `request` to `operation`, to be quoted for `shell`: one entry per member in
/// model order, and a last `--cli-input-json` entry for members no option can carry.
pub fn plan(request: &Object, operation: Operation, syntax: Syntax, shell: Shell) -> Vec<OptionWords> {
    let mut planned = Vec::new();
    let mut leftover = Vec::new();
    for option in options(operation) {
        let Some(value) = request.get(option.member.name) else { continue };
        // JSON escapes what shorthand and literal words cannot hold (a tab, a C1 control), so the
        // option's own JSON syntax comes before `--cli-input-json`; a string option has none.
        let words = [Some(syntax), (syntax != Syntax::Json).then_some(Syntax::Json)]
            .into_iter()
            .flatten()
            .filter_map(|syntax| option_words(option, value, syntax, shell))
            .find(|words| words.iter().all(|word| carriable(word, shell)));
        match words {
            Some(words) => {
                planned.push(OptionWords { option: option.name.clone(), words, single: option.arity() == Arity::One })
            }
            None => leftover.push((option.member.name.to_owned(), value.clone())),
        }
    }
    // Collected, not inserted one by one: the keys are distinct, and a request with thousands of
    // unknown members stays linear.
    let unknown = request.iter().filter(|(key, _)| operation.input().member(key).is_none());
    leftover.extend(unknown.map(|(key, value)| (key.to_owned(), value.clone())));
    if !leftover.is_empty() {
        planned.push(OptionWords {
            option: CLI_INPUT_JSON.to_owned(),
            words: vec![json_word(&Value::Object(leftover.into_iter().collect()), shell)],
            single: true,
        });
    }
    planned
}

/// The words of one option, or `None` when the option cannot carry this value.
fn option_words(option: &CliOption, value: &Value, syntax: Syntax, shell: Shell) -> Option<Vec<String>> {
    match option.member.shape {
        Shape::String(_) => {
            let text = value.as_str()?;
            // argparse drops a `--` value even in `--opt=--`, leaving an empty list.
            (!loads_from_file(text) && text != "--").then(|| vec![text.to_owned()])
        }
        Shape::List(_) if !option.takes_shorthand() => {
            let items = value.as_array()?;
            let words: Option<Vec<String>> = items.iter().map(|item| item.as_str().map(str::to_owned)).collect();
            match words {
                Some(words) if syntax == Syntax::Shorthand && list_words_are_literal(&words) => Some(words),
                _ => Some(vec![json_word(value, shell)]),
            }
        }
        Shape::List(list) => {
            let items = value.as_array()?;
            let shorthand = || -> Option<Vec<String>> {
                let words: Vec<String> =
                    items.iter().map(|item| shorthand_word(list.member, item)).collect::<Option<_>>()?;
                let first_is_safe = words.first().is_none_or(|w| !looks_like_json(w));
                let single_is_safe = words.len() != 1 || !loads_from_file(&words[0]);
                (first_is_safe && single_is_safe && words.iter().all(|w| !w.starts_with('-'))).then_some(words)
            };
            let shorthand = if syntax == Syntax::Shorthand { shorthand() } else { None };
            Some(shorthand.unwrap_or_else(|| vec![json_word(value, shell)]))
        }
        shape @ (Shape::Structure(_) | Shape::Map(_)) => {
            value.as_object()?;
            let word = match syntax {
                Syntax::Shorthand => {
                    shorthand_word(shape, value).filter(|w| !looks_like_json(w) && !loads_from_file(w))
                }
                Syntax::Json => None,
            };
            Some(vec![word.unwrap_or_else(|| json_word(value, shell))])
        }
        Shape::Integer(_) | Shape::Boolean => None,
    }
}

/// `value` as one shorthand word, if the CLI reads that word back as exactly `value`.
fn shorthand_word(shape: Shape, value: &Value) -> Option<String> {
    let word = shorthand::write(value.as_object()?)?;
    let parsed = shorthand::parse(&word).ok()?;
    (coerce(shape, parsed).ok()? == *value).then_some(word)
}

/// Whether the words of a list of strings reach the CLI as they are: each is one item unless a
/// single word looks like JSON or names a file, and a word starting with `-` would be an option.
fn list_words_are_literal(words: &[String]) -> bool {
    let single_is_literal = match words {
        [only] => !looks_like_json(only) && !loads_from_file(only),
        _ => true,
    };
    single_is_literal && words.iter().all(|w| !w.starts_with('-'))
}

/// The CLI's test for JSON input: the value, stripped as Python strips (which, unlike `trim`,
/// includes U+001C..U+001F), starts with `[` or `{`.
fn looks_like_json(word: &str) -> bool {
    word.trim_start_matches(is_python_space).starts_with(['[', '{'])
}

fn loads_from_file(word: &str) -> bool {
    PARAMFILE_PREFIXES.iter().any(|prefix| word.starts_with(prefix))
}

/// Per option of `operation`'s command, its words in shorthand syntax (JSON where shorthand cannot
/// express the value).
pub fn to_shorthand(request: &Object, operation: Operation) -> Vec<OptionWords> {
    plan(request, operation, Syntax::Shorthand, Shell::Posix)
}

/// The argv after `aws`: `connect create-user --username Mary …` for CreateUser, with
/// `operation`'s command. Its words are those of the POSIX command, so pasting that command runs
/// exactly this argv.
pub fn to_cli_argv(request: &Object, operation: Operation, syntax: Syntax) -> Vec<String> {
    let mut argv = vec!["connect".to_owned(), operation.cli_command().to_owned()];
    for option in plan(request, operation, syntax, Shell::Posix) {
        argv.extend(option.argv());
    }
    argv
}

/// The whole `aws connect` command of `operation`, quoted for `options.shell` so that no value can
/// inject anything.
pub fn to_cli_command(request: &Object, operation: Operation, options: &CommandOptions) -> String {
    let redacted;
    let request = if options.redact_password {
        redacted = redact_members(request);
        &redacted
    } else {
        request
    };
    let mut lines = vec![vec!["aws".to_owned(), "connect".to_owned(), operation.cli_command().to_owned()]];
    lines.extend(plan(request, operation, options.syntax, options.shell).iter().map(OptionWords::argv));
    shell::render(&lines, options.shell, options.multiline)
}

/// The `--cli-input-json` document: members in the order of `operation`'s input, unknown members
/// after them.
pub fn to_cli_input_json(request: &Value, operation: Operation, indent: Option<usize>) -> String {
    json::to_string(&in_model_order(Shape::Structure(operation.input()), request), indent)
}

fn in_model_order(shape: Shape, value: &Value) -> Value {
    match (shape, value) {
        (Shape::Structure(structure), Value::Object(object)) => Value::Object(ordered_members(structure, object)),
        (Shape::List(list), Value::Array(items)) => {
            Value::Array(items.iter().map(|item| in_model_order(list.member, item)).collect())
        }
        _ => value.clone(),
    }
}

fn ordered_members(structure: &StructureShape, object: &Object) -> Object {
    let known = structure
        .members
        .iter()
        .filter_map(|member| Some((member.name.to_owned(), in_model_order(member.shape, object.get(member.name)?))));
    let unknown = object
        .iter()
        .filter(|(key, _)| structure.member(key).is_none())
        .map(|(key, value)| (key.to_owned(), value.clone()));
    known.chain(unknown).collect()
}

/// What `aws connect <operation's command> --generate-cli-skeleton input` prints, except that each
/// enum shows its first value where the CLI picks one at random.
pub fn skeleton(operation: Operation) -> String {
    json::to_string(&placeholder(Shape::Structure(operation.input())), Some(4))
}

fn placeholder(shape: Shape) -> Value {
    match shape {
        Shape::String(string) => Value::from(string.enum_values.first().copied().unwrap_or("")),
        Shape::Integer(_) => Value::from(0),
        Shape::Boolean => Value::Bool(true),
        Shape::Structure(structure) => Value::Object(
            structure.members.iter().map(|member| (member.name.to_owned(), placeholder(member.shape))).collect(),
        ),
        Shape::List(list) => Value::Array(vec![placeholder(list.member)]),
        Shape::Map(map) => {
            Value::Object([("KeyName".to_owned(), placeholder(Shape::String(map.value)))].into_iter().collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn request(text: &str) -> Object {
        match json::parse(text) {
            Ok(Value::Object(object)) => object,
            other => panic!("not an object: {other:?}"),
        }
    }

    fn words_of(planned: &[OptionWords], option: &str) -> Option<Vec<String>> {
        planned.iter().find(|planned| planned.option == option).map(|planned| planned.words.clone())
    }

    #[test]
    fn a_value_shorthand_cannot_carry_uses_the_options_json_first() {
        let r = request(
            r#"{"Username": "a\tb", "IdentityInfo": {"FirstName": "a\tb"}, "SecurityProfileIds": ["x\u0085"],
                "Tags": {"k": "line\nbreak"}}"#,
        );
        let shorthand = to_shorthand(&r, Operation::CreateUser);
        assert_eq!(words_of(&shorthand, "--identity-info"), Some(vec![r#"{"FirstName":"a\tb"}"#.to_owned()]));
        assert_eq!(words_of(&shorthand, "--security-profile-ids"), Some(vec![r#"["x\u0085"]"#.to_owned()]));
        // A string option's value is literal, never JSON: only --cli-input-json can carry a tab.
        assert_eq!(words_of(&shorthand, "--cli-input-json"), Some(vec![r#"{"Username":"a\tb"}"#.to_owned()]));
        // No cmd.exe word can hold a line break, but the option's JSON escapes it.
        let cmd = to_cli_command(
            &r,
            Operation::CreateUser,
            &CommandOptions { shell: Shell::Cmd, ..CommandOptions::default() },
        );
        assert!(cmd.contains(r#" --tags "{""k"":""line\nbreak""}""#), "{cmd}");
    }

    #[test]
    fn powershell_words_hold_no_character_cmd_exe_acts_on() {
        let r = request(
            r#"{"Username": "x&calc", "Password": "Pa$$ w0rd!", "Tags": {"a b": "x&calc"},
                "IdentityInfo": {"FirstName": "50%PATH%", "LastName": "a|b<c>d^e"}, "Extra": "&"}"#,
        );
        for syntax in [Syntax::Shorthand, Syntax::Json] {
            let command = to_cli_command(
                &r,
                Operation::CreateUser,
                &CommandOptions { shell: Shell::PowerShell, syntax, ..CommandOptions::default() },
            );
            assert!(!command.contains(CMD_SPECIAL), "{command}");
            assert!(command.contains(r#" --tags '{"a b":"x\u0026calc"}'"#), "{command}");
            assert!(command.contains(" --password 'Pa$$ w0rd!'"), "{command}");
            // The escaped JSON still says exactly the request.
            for planned in plan(&r, Operation::CreateUser, syntax, Shell::PowerShell) {
                let Some(Value::Object(carried)) = planned.words.iter().find_map(|w| json::parse(w).ok()) else {
                    continue;
                };
                if planned.option == CLI_INPUT_JSON {
                    assert!(carried.iter().all(|(key, value)| r.get(key) == Some(value)), "{carried:?}");
                } else {
                    let member = options(Operation::CreateUser)
                        .iter()
                        .find(|option| option.name == planned.option)
                        .unwrap()
                        .member;
                    assert_eq!(r.get(member.name), Some(&Value::Object(carried)));
                }
            }
        }
        // Other shells quote these characters as they are.
        assert!(to_cli_command(&r, Operation::CreateUser, &CommandOptions::default()).contains(" --username 'x&calc'"));
    }

    #[test]
    fn a_request_with_200_000_unknown_members_is_written() {
        // Inserting them into the leftover object one at a time made this take minutes.
        let r: Object = (0..200_000i64).map(|i| (format!("k{i}"), Value::from(i))).collect();
        let argv = to_cli_argv(&r, Operation::CreateUser, Syntax::Shorthand);
        assert_eq!(argv[2], CLI_INPUT_JSON);
        assert_eq!(argv.len(), 4);
    }

    #[test]
    fn json_detection_strips_as_python_does() {
        assert!(looks_like_json("\u{1c}\u{1f} {a}"));
        assert!(looks_like_json("\u{85}[a]"));
        assert!(!looks_like_json("\u{200b}{a}"));
        assert!(!looks_like_json("a={b}"));
    }

    /// Nested `levels` deep, alternating lists and objects.
    fn nest(levels: usize) -> Value {
        (0..levels).fold(Value::from("x"), |inner, level| match level % 2 {
            0 => Value::Array(vec![inner]),
            _ => Value::Object([("b".to_owned(), inner)].into_iter().collect()),
        })
    }

    /// Also run in wasm (`cargo test --target wasm32-unknown-unknown`), whose stack is 1 MB: the
    /// deepest values the readers accept go through every later step without exhausting it.
    #[test]
    fn the_deepest_accepted_values_go_through_every_step() {
        use crate::syntax::shorthand::MAX_NESTING;
        // The deepest request a command can make: a list option's item holding the deepest
        // shorthand value.
        let deepest_shorthand =
            format!("Channel=VOICE,X={}x{}", "[{b=".repeat(MAX_NESTING / 2), "}]".repeat(MAX_NESTING / 2));
        let parsed =
            crate::parse_cli_command(&format!("aws connect create-user --auto-accept-configs '{deepest_shorthand}'"));
        let Some(Value::Object(from_command)) = parsed.request else { panic!("no request") };
        // A request nested as deep as JSON may be, in an unknown member and in a tag.
        let deepest_json = json::to_string(
            &Value::Object(
                [
                    ("Extra".to_owned(), nest(json::MAX_DEPTH - 1)),
                    (
                        "Tags".to_owned(),
                        Value::Object([("a".to_owned(), nest(json::MAX_DEPTH - 2))].into_iter().collect()),
                    ),
                ]
                .into_iter()
                .collect(),
            ),
            None,
        );
        let Ok(Value::Object(from_json)) = json::parse(&deepest_json) else { panic!("not read") };
        for request in [from_command, from_json] {
            let text = json::to_string(&Value::Object(request.clone()), Some(2));
            assert_eq!(json::parse(&text), Ok(Value::Object(request.clone())));
            let whole = Value::Object(request.clone());
            let _ = crate::report::result_json(&crate::validate(&whole, &crate::Options::default()), &whole);
            let _ = crate::apply_fixes(&whole, crate::FixSelection::All, &crate::Options::default());
            let _ = to_cli_input_json(&Value::Object(request.clone()), Operation::CreateUser, Some(4));
            for syntax in [Syntax::Shorthand, Syntax::Json] {
                // Each option's JSON word reads back as its member.
                for planned in plan(&request, Operation::CreateUser, syntax, Shell::Posix) {
                    let Ok(carried) = json::parse(&planned.words[0]) else { continue };
                    if planned.option == CLI_INPUT_JSON {
                        let Value::Object(carried) = carried else { panic!("not an object") };
                        assert!(
                            carried.iter().all(|(key, value)| request.get(key) == Some(value)),
                            "{}",
                            planned.option
                        );
                    } else {
                        let member = options(Operation::CreateUser)
                            .iter()
                            .find(|option| option.name == planned.option)
                            .unwrap()
                            .member;
                        assert_eq!(request.get(member.name), Some(&carried), "{}", planned.option);
                    }
                }
                for shell in Shell::ALL {
                    let _ = to_cli_command(
                        &request,
                        Operation::CreateUser,
                        &CommandOptions { shell, syntax, multiline: true, redact_password: true },
                    );
                }
            }
        }
    }

    #[test]
    fn redaction_covers_every_member_named_like_password_in_every_shell_and_syntax() {
        use crate::redaction::PASSWORD_PLACEHOLDER;
        const SECRET: &str = "S3cr3tValue";
        let names = [
            "Password",
            "password",
            "PASSWORD",
            "pAssWord",
            "Pasword",
            "Passwrd",
            "Passwrod",
            "Passw0rd",
            "pass_word",
            "pass-word",
            "Pass Word",
            "Passwords",
        ];
        for name in names {
            // At the top level (a string option, or --cli-input-json for a misspelling), in a
            // structure, in a list item, in a tag and deep in an unknown member.
            let r = request(&format!(
                r#"{{"Username": "u", "{name}": "{SECRET}", "IdentityInfo": {{"FirstName": "f", "{name}": "{SECRET}"}},
                    "AutoAcceptConfigs": [{{"Channel": "VOICE", "{name}": "{SECRET}"}}], "Tags": {{"{name}": "{SECRET}"}},
                    "Extra": {{"deep": [[{{"{name}": ["{SECRET}"]}}]]}}}}"#
            ));
            for shell in Shell::ALL {
                for syntax in [Syntax::Shorthand, Syntax::Json] {
                    for multiline in [false, true] {
                        let options = CommandOptions { shell, syntax, multiline, redact_password: true };
                        let command = to_cli_command(&r, Operation::CreateUser, &options);
                        assert!(!command.contains(SECRET), "{name}, {options:?}: {command}");
                        assert_eq!(command.matches(PASSWORD_PLACEHOLDER).count(), 5, "{name}, {options:?}: {command}");
                        let shown = to_cli_command(
                            &r,
                            Operation::CreateUser,
                            &CommandOptions { redact_password: false, ..options },
                        );
                        assert_eq!(shown.matches(SECRET).count(), 5, "{name}, {options:?}: {shown}");
                        if shell == Shell::Posix {
                            let parsed = crate::parse_cli_command(&command).request;
                            assert_eq!(parsed, Some(crate::redact_password(&Value::Object(r.clone()))), "{command}");
                        }
                    }
                }
            }
        }
    }
}
