//! The wasm-bindgen adapter: requests arrive as tapes in one buffer, results leave as words in
//! another (`wire.rs`), and every call crosses the boundary once each way. It converts and calls
//! the core, nothing else; the JavaScript side (`pkg-template/api.js`) checks arguments against
//! the catalogue it is generated with and turns results into diagnostic objects.

use crate::fixes::FixSelection;
use crate::operation::Operation;
use crate::options::{IdentityType, Options};
use crate::path::Path;
use crate::value::Value;
use crate::wire::Encoder;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// Where JavaScript writes the tape of the next call.
    static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    /// The last result, kept until the next call so that JavaScript can read it.
    static OUTPUT: RefCell<Output> = RefCell::new(Output { encoder: Encoder::new(true), header: [0; 4] });
}

struct Output {
    encoder: Encoder,
    /// Address and length of the words, then of the text area (its UTF-8 bytes).
    header: [u32; 4],
}

/// The address of an input buffer of at least `length` bytes, for the next call's tape.
#[wasm_bindgen(js_name = input)]
pub fn input(length: usize) -> *mut u8 {
    INPUT.with_borrow_mut(|input| {
        input.clear();
        input.resize(length, 0);
        input.as_mut_ptr()
    })
}

/// The values on the tape of `length` bytes in the input buffer.
fn tape_values(length: usize) -> Vec<Value> {
    INPUT.with_borrow(|input| crate::wire::read_tapes(&input[..length.min(input.len())]))
}

/// The first value on the tape, as a request.
fn tape_request(length: usize) -> Value {
    tape_values(length).into_iter().next().unwrap_or(Value::Null)
}

/// The two users on the tape of a plan: the current one, then the desired one.
fn tape_users(length: usize) -> (Value, Value) {
    let mut users = tape_values(length).into_iter();
    (users.next().unwrap_or(Value::Null), users.next().unwrap_or(Value::Null))
}

/// The operation at `index` in `Operation::ALL` (JavaScript checked it).
fn operation(index: u32) -> Operation {
    Operation::from_index(index as usize).unwrap_or_default()
}

/// The options from their indexes: `identity` is 0 for none, else 1 + its index in
/// `IdentityType::ALL`; `operation` is its index in `Operation::ALL`.
fn options(identity: u32, operation_index: u32) -> Options {
    let identity_type = (identity as usize).checked_sub(1).and_then(|i| IdentityType::ALL.get(i)).copied();
    Options { operation: operation(operation_index), identity_type }
}

/// The options of a plan: its identity type; the operation is unused, as each call has its own.
fn plan_options(identity: u32) -> Options {
    options(identity, 0)
}

/// Encodes with `write` and returns the address of the header JavaScript reads the result from.
fn encoded(write: impl FnOnce(&mut Encoder)) -> *const u32 {
    OUTPUT.with_borrow_mut(|output| {
        output.encoder.clear();
        write(&mut output.encoder);
        let Output { encoder, header } = output;
        *header = [
            encoder.words.as_ptr() as u32,
            encoder.words.len() as u32,
            encoder.text.as_ptr() as u32,
            encoder.text.len() as u32,
        ];
        header.as_ptr()
    })
}

#[wasm_bindgen(js_name = validate)]
pub fn validate(length: usize, identity: u32, operation: u32) -> *const u32 {
    let result = crate::validate(&tape_request(length), &options(identity, operation));
    encoded(|encoder| encoder.result(&result))
}

/// The tape holds one list of requests.
#[wasm_bindgen(js_name = validateMany)]
pub fn validate_many(length: usize, identity: u32, operation: u32) -> *const u32 {
    let requests = match tape_request(length) {
        Value::Array(requests) => requests,
        _ => Vec::new(),
    };
    let results = crate::validate_many(&requests, &options(identity, operation));
    encoded(|encoder| {
        encoder.words.push(results.len() as u32);
        for result in &results {
            encoder.result(result);
        }
    })
}

/// The fix of the diagnostic at `index` of the request's result, as JSON, or nothing.
#[wasm_bindgen(js_name = fix)]
pub fn fix(length: usize, identity: u32, operation: u32, index: usize) -> Option<String> {
    let request = tape_request(length);
    let result = crate::validate(&request, &options(identity, operation));
    let fix = result.diagnostics.get(index)?.fix(&request)?;
    Some(crate::wire::fix_json(&fix))
}

/// The request with fixes applied, as JSON. The tape holds the request, then either a list of
/// rule indexes (their fixes, to the end) or a rule index and a path (that one fix, once).
#[wasm_bindgen(js_name = applyFixes)]
pub fn apply_fixes(length: usize, identity: u32, operation: u32) -> String {
    let mut values = tape_values(length).into_iter();
    let request = values.next().unwrap_or(Value::Null);
    let code = |value: &Value| {
        let index = value.as_number()?.as_i64()?;
        crate::rules::RULES.get(usize::try_from(index).ok()?).map(|rule| rule.doc.code)
    };
    let fixed = match (values.next(), values.next()) {
        (None, _) => crate::apply_fixes(&request, FixSelection::All, &options(identity, operation)),
        (Some(Value::Array(indexes)), None) => {
            let codes: Vec<&str> = indexes.iter().filter_map(code).collect();
            crate::apply_fixes(&request, FixSelection::Codes(&codes), &options(identity, operation))
        }
        (Some(rule), Some(path)) => {
            let (Some(code), Some(path)) = (code(&rule), Path::from_value(&path)) else { return String::new() };
            crate::apply_fixes(&request, FixSelection::One { code, path: &path }, &options(identity, operation))
        }
        _ => request,
    };
    crate::syntax::json::to_string(&fixed, None)
}

/// The tape holds the current user, then the desired one.
#[wasm_bindgen(js_name = planUserUpdate)]
pub fn plan_user_update(length: usize, identity: u32) -> *const u32 {
    let (current, desired) = tape_users(length);
    let plan = crate::plan_user_update(&current, &desired, &plan_options(identity));
    encoded(|encoder| encoder.plan(&plan))
}

/// The fix of diagnostic `index` of call `call` of the plan of the users on the tape, as JSON, or
/// nothing. The plan is made again: a call's diagnostics are its request's, less the warnings the
/// plan drops (`email-change`, `hierarchy-group-cleared`), so their indexes are the plan's, not
/// validate's.
#[wasm_bindgen(js_name = planFix)]
pub fn plan_fix(length: usize, identity: u32, call: usize, index: usize) -> Option<String> {
    let (current, desired) = tape_users(length);
    let plan = crate::plan_user_update(&current, &desired, &plan_options(identity));
    let call = plan.calls.get(call)?;
    let fix = call.result.diagnostics.get(index)?.fix(&call.request)?;
    Some(crate::wire::fix_json(&fix))
}

/// The request with every password-like member's value replaced, as JSON.
#[wasm_bindgen(js_name = redactPassword)]
pub fn redact_password(length: usize) -> String {
    crate::syntax::json::to_string(&crate::redact_password(&tape_request(length)), None)
}

// ---------------------------------------------------------------------------------------------
// The AWS CLI syntax. Requests that are not objects are emitted as empty ones; `operation` is the
// index in `Operation::ALL` (JavaScript checked it).
#[cfg(feature = "cli")]
mod cli {
    use super::{encoded, operation, tape_request};
    use crate::syntax::emit::{CommandOptions, Syntax};
    use crate::syntax::shell::Shell;
    use crate::value::{Object, Value};
    use wasm_bindgen::prelude::*;

    fn tape_object(length: usize) -> Object {
        match tape_request(length) {
            Value::Object(object) => object,
            _ => Object::new(),
        }
    }

    fn syntax(json: bool) -> Syntax {
        if json {
            Syntax::Json
        } else {
            Syntax::Shorthand
        }
    }

    /// `indent` 0 writes one line.
    #[wasm_bindgen(js_name = toCliInputJson)]
    pub fn to_cli_input_json(length: usize, operation_index: u32, indent: usize) -> String {
        let request = Value::Object(tape_object(length));
        crate::to_cli_input_json(&request, operation(operation_index), (indent > 0).then_some(indent))
    }

    /// `{"--option": [words], …}`.
    #[wasm_bindgen(js_name = toShorthand)]
    pub fn to_shorthand(length: usize, operation_index: u32) -> String {
        let words: Object = crate::to_shorthand(&tape_object(length), operation(operation_index))
            .into_iter()
            .map(|option| (option.option, Value::Array(option.words.into_iter().map(Value::from).collect())))
            .collect();
        crate::syntax::json::to_string(&Value::Object(words), None)
    }

    #[wasm_bindgen(js_name = toCliArgv)]
    pub fn to_cli_argv(length: usize, operation_index: u32, json: bool) -> String {
        let argv = crate::to_cli_argv(&tape_object(length), operation(operation_index), syntax(json));
        crate::syntax::json::to_string(&Value::Array(argv.into_iter().map(Value::from).collect()), None)
    }

    /// `shell` is the index in [`Shell::ALL`].
    #[wasm_bindgen(js_name = toCliCommand)]
    pub fn to_cli_command(
        length: usize,
        operation_index: u32,
        shell: usize,
        json: bool,
        multiline: bool,
        redact_password: bool,
    ) -> String {
        let options = CommandOptions {
            shell: Shell::ALL.get(shell).copied().unwrap_or_default(),
            syntax: syntax(json),
            multiline,
            redact_password,
        };
        crate::to_cli_command(&tape_object(length), operation(operation_index), &options)
    }

    #[wasm_bindgen(js_name = parseCliCommand)]
    pub fn parse_cli_command(text: &str) -> *const u32 {
        let parsed = crate::parse_cli_command(text);
        encoded(|encoder| encoder.parsed_command(&parsed))
    }

    #[wasm_bindgen(js_name = parseCliInputJson)]
    pub fn parse_cli_input_json(text: &str) -> *const u32 {
        let parsed = crate::parse_cli_input_json(text);
        encoded(|encoder| encoder.parsed_command(&parsed))
    }

    /// For text with an unpaired surrogate at UTF-16 `index`, which no Rust string can hold.
    #[wasm_bindgen(js_name = unreadableCommand)]
    pub fn unreadable_command(index: usize) -> *const u32 {
        let parsed = crate::syntax::command::unreadable_text(index);
        encoded(|encoder| encoder.parsed_command(&parsed))
    }

    /// `{"ok":true,"value":…}` or `{"ok":false,"message":…,"index":…}`.
    #[wasm_bindgen(js_name = parseShorthand)]
    pub fn parse_shorthand(text: &str) -> String {
        crate::syntax::shorthand::result_json(crate::syntax::shorthand::parse(text))
    }

    #[wasm_bindgen(js_name = skeleton)]
    pub fn skeleton(operation_index: u32) -> String {
        crate::skeleton(operation(operation_index))
    }
}
