//! The wasm-bindgen adapter: JavaScript values in, the core's results out. It converts and checks
//! arguments and holds no validation logic. The public JavaScript API (names, loading, Standard
//! Schema) is in `pkg-template/`, which wraps these exports.

use crate::diagnostic::ValidationResult;
use crate::options::{IdentityType, Options};
use crate::rules::text::one_of;
use crate::syntax::emit::{CommandOptions, Syntax};
use crate::syntax::json::MAX_DEPTH;
use crate::syntax::shell::Shell;
use crate::value::{Number, Object, Value};
use js_sys::{Array, JsString, Reflect, RegExp};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, caught: a Proxy's `ownKeys` trap may throw.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn own_keys(value: &JsValue) -> Result<Array, JsValue>;

    /// `Array.isArray`, caught: it throws for a revoked Proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;

    /// `Object.prototype.toString.call(value)`: `[object Map]`, `[object Date]`, …; caught, since
    /// a Proxy's `get` trap runs here and may throw.
    #[wasm_bindgen(catch, js_namespace = ["Object", "prototype", "toString"], js_name = call)]
    fn type_tag(value: &JsValue) -> Result<JsString, JsValue>;

    /// `String.prototype.isWellFormed.call(text)`, one native call; caught, since older engines
    /// lack it.
    #[wasm_bindgen(catch, js_namespace = ["String", "prototype", "isWellFormed"], js_name = call)]
    fn is_well_formed(text: &JsString) -> Result<bool, JsValue>;
}

/// Longer lists are refused unread: no request member holds more than 50 items, and reading an
/// `Array(2 ** 32 - 1)` item by item would exhaust memory. A `validateMany` batch is capped alike.
const MAX_LIST_ITEMS: u32 = 100_000;

/// The most values one argument may hold, counted as read: an object used in several places is
/// read at each use, so without a budget 23 objects that each hold the next one twice take a
/// minute and a few more exhaust memory. `MAX_VALUES` in pkg-template/api.js is the same number.
const MAX_VALUES: usize = 500_000;

/// What an argument over [`MAX_VALUES`] reads as.
const TOO_LARGE: Value = Value::Unsupported(
    "a value too large to read (over 500,000 values in one call, an object used twice counting twice)",
);

/// Whether a JavaScript string is valid UTF-16, that is, has no unpaired surrogate.
fn well_formed(text: &JsString) -> bool {
    is_well_formed(text).unwrap_or_else(|_| text.is_valid_utf16())
}

/// The UTF-16 index of the first unpaired surrogate in `text`, if any.
fn unpaired_surrogate(text: &JsString) -> Option<u32> {
    if well_formed(text) {
        return None;
    }
    u32::try_from(text.search(&RegExp::new("\\p{Cs}", "u"))).ok()
}

// ---------------------------------------------------------------------------------------------
// JavaScript to Value

/// Reads any JavaScript value. Nothing here throws: what JSON cannot hold becomes
/// `Value::Unsupported`, which validation reports as a wrong type.
fn from_js(value: &JsValue) -> Value {
    Reader::new().read(value)
}

struct Reader {
    /// The objects being read, to recognise a cycle.
    ancestors: Vec<JsValue>,
    /// How many more values may be read, of [`MAX_VALUES`]; `None` once a container went over.
    budget: Option<usize>,
}

impl Reader {
    fn new() -> Self {
        Reader { ancestors: Vec::new(), budget: Some(MAX_VALUES) }
    }

    /// Takes `count` values from the budget, for a container's members or items before they are
    /// read (so that no key list is walked past the budget). Once it runs out, everything this
    /// reader reads is [`TOO_LARGE`], including the containers it was in: a partial object would
    /// read as one with members missing.
    fn spend(&mut self, count: usize) -> bool {
        self.budget = self.budget.and_then(|left| left.checked_sub(count));
        self.budget.is_some()
    }

    fn read(&mut self, value: &JsValue) -> Value {
        if self.budget.is_none() {
            return TOO_LARGE;
        }
        if value.is_null() {
            return Value::Null;
        }
        if let Some(b) = value.as_bool() {
            return Value::Bool(b);
        }
        if let Some(n) = value.as_f64() {
            return Value::Number(Number::from_js(n));
        }
        if value.is_string() {
            let text = JsString::from(value.clone());
            return match (well_formed(&text), value.as_string()) {
                (true, Some(s)) => Value::String(s),
                _ => Value::Unsupported("text with unpaired surrogates"),
            };
        }
        if value.is_undefined() {
            return Value::Unsupported("undefined");
        }
        if value.is_bigint() {
            return Value::Unsupported("a BigInt");
        }
        if value.is_symbol() {
            return Value::Unsupported("a symbol");
        }
        if value.is_function() {
            return Value::Unsupported("a function");
        }
        let kind = match is_array(value) {
            Err(_) => return Value::Unsupported("an object that cannot be read"),
            Ok(true) => Container::Array,
            // A Proxy whose trap throws here is read like any object; its members report the trap.
            Ok(false) => match type_tag(value).map(String::from).as_deref() {
                Ok("[object Map]" | "[object WeakMap]") => return Value::Unsupported("a Map"),
                Ok("[object Set]" | "[object WeakSet]") => return Value::Unsupported("a Set"),
                Ok("[object Date]") => return Value::Unsupported("a Date"),
                Ok("[object RegExp]") => return Value::Unsupported("a RegExp"),
                Ok("[object Promise]") => return Value::Unsupported("a Promise"),
                Ok("[object Error]") => return Value::Unsupported("an Error"),
                Ok(tag) if tag.ends_with("Array]") || tag.ends_with("Buffer]") || tag == "[object DataView]" => {
                    return Value::Unsupported("binary data")
                }
                _ => Container::Object,
            },
        };
        if self.ancestors.iter().any(|ancestor| js_sys::Object::is(ancestor, value)) {
            return Value::Unsupported("a cyclic reference");
        }
        if self.ancestors.len() >= MAX_DEPTH {
            return Value::Unsupported("a value nested too deeply");
        }
        self.ancestors.push(value.clone());
        let read = match kind {
            Container::Array => self.read_array(value),
            Container::Object => self.read_object(value),
        };
        self.ancestors.pop();
        read
    }

    fn read_array(&mut self, value: &JsValue) -> Value {
        let Some(length) = list_length(value) else { return Value::Unsupported("a list whose length cannot be read") };
        if length > MAX_LIST_ITEMS {
            return Value::Unsupported("a list of more than 100,000 items");
        }
        if !self.spend(length as usize) {
            return TOO_LARGE;
        }
        let mut items = Vec::with_capacity(length as usize);
        for index in 0..length {
            items.push(match Reflect::get_u32(value, index) {
                Ok(item) => self.read(&item),
                Err(_) => Value::Unsupported("an element whose getter threw"),
            });
            if self.budget.is_none() {
                return TOO_LARGE;
            }
        }
        Value::Array(items)
    }

    fn read_object(&mut self, value: &JsValue) -> Value {
        let Ok(keys) = own_keys(value) else { return Value::Unsupported("an object whose keys cannot be read") };
        if !self.spend(keys.length() as usize) {
            return TOO_LARGE;
        }
        let mut members = Vec::with_capacity(keys.length() as usize);
        for key in keys.iter() {
            let key = JsString::from(key);
            if !well_formed(&key) {
                // The key has no faithful Rust form; naming another key in a path would be wrong.
                return Value::Unsupported("an object with a key that has unpaired surrogates");
            }
            let member = match Reflect::get(value, &key) {
                // An undefined member is an absent one, as for the AWS SDK and JSON.stringify.
                Ok(member) if member.is_undefined() => continue,
                Ok(member) => self.read(&member),
                Err(_) => Value::Unsupported("a property whose getter threw"),
            };
            if self.budget.is_none() {
                return TOO_LARGE;
            }
            members.push((String::from(key), member));
        }
        Value::Object(members.into_iter().collect())
    }
}

enum Container {
    Array,
    Object,
}

/// An array's `length`, when it can be read.
fn list_length(value: &JsValue) -> Option<u32> {
    let length = Reflect::get(value, &JsValue::from_str("length")).ok()?.as_f64()?;
    (length >= 0.0 && length <= f64::from(u32::MAX)).then_some(length as u32)
}

// ---------------------------------------------------------------------------------------------
// Results cross as JSON text: one copy, then one JSON.parse in JavaScript, which makes plain
// objects and arrays (a `__proto__` key stays an own property) far faster than setting each
// property from wasm.

fn json(value: &Value) -> String {
    crate::syntax::json::to_string(value, None)
}

/// The request argument: parsed from `request_json` when JavaScript could write it as plain JSON
/// (pkg-template/api.js), else read property by property, which handles every other value.
fn request_value(request_json: Option<String>, request: &JsValue) -> Value {
    request_json.and_then(|text| crate::syntax::json::parse(&text).ok()).unwrap_or_else(|| from_js(request))
}

/// The request as an object; emitters treat anything else as an empty request.
fn request_object(request_json: Option<String>, request: &JsValue) -> Object {
    match request_value(request_json, request) {
        Value::Object(object) => object,
        _ => Object::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Arguments: misuse is a TypeError naming the problem

fn type_error(message: String) -> JsValue {
    js_sys::TypeError::new(&format!("connect-user-validator: {message}")).into()
}

/// An options argument: `undefined` or `null` means none; anything else must be a plain object
/// whose keys are all among `accepted`.
struct OptionsArgument {
    function: &'static str,
    values: Object,
}

impl OptionsArgument {
    /// Reads the options from their JSON text when api.js could write one, else from the value.
    fn read(json: Option<String>, value: &JsValue, function: &'static str, accepted: &[&str]) -> Result<Self, JsValue> {
        if value.is_undefined() || value.is_null() {
            return Ok(OptionsArgument { function, values: Object::new() });
        }
        let not_an_object = || type_error(format!("the options of {function}() must be an object"));
        let Value::Object(values) = request_value(json, value) else { return Err(not_an_object()) };
        // The names as given: both JSON and the reader drop a member whose value is undefined.
        let names = own_keys(value).map_err(|_| not_an_object())?;
        if let Some(unknown) =
            names.iter().filter_map(|name| name.as_string()).find(|name| !accepted.contains(&name.as_str()))
        {
            let accepts = accepted.join(", ");
            return Err(type_error(format!("{function}() has no option {unknown:?}; it accepts {accepts}")));
        }
        Ok(OptionsArgument { function, values })
    }

    /// A string option that must be one of `choices`.
    fn choice<T>(&self, name: &str, choices: &[(&str, T)]) -> Result<Option<T>, JsValue>
    where
        T: Copy,
    {
        let Some(value) = self.values.get(name) else { return Ok(None) };
        let chosen = value.as_str().and_then(|text| choices.iter().find(|(choice, _)| *choice == text));
        match chosen {
            Some((_, choice)) => Ok(Some(*choice)),
            None => {
                let names: Vec<String> = choices.iter().map(|(choice, _)| format!("{choice:?}")).collect();
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                Err(type_error(format!("the {name} option of {}() must be {}", self.function, one_of(&names))))
            }
        }
    }

    fn flag(&self, name: &str) -> Result<bool, JsValue> {
        match self.values.get(name) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(type_error(format!("the {name} option of {}() must be true or false", self.function))),
        }
    }

    fn identity(&self) -> Result<Options, JsValue> {
        let choices = IdentityType::ALL.map(|t| (t.as_str(), t));
        Ok(Options { identity_type: self.choice("identityManagementType", &choices)? })
    }

    fn syntax(&self) -> Result<Syntax, JsValue> {
        Ok(self.choice("syntax", &[("shorthand", Syntax::Shorthand), ("json", Syntax::Json)])?.unwrap_or_default())
    }
}

/// A string argument. `Err` is a TypeError for a non-string; `Ok(Err(index))` is the UTF-16 index
/// of an unpaired surrogate, which no Rust string can hold.
fn text_argument(value: &JsValue, function: &str) -> Result<Result<String, u32>, JsValue> {
    let Some(text) = value.as_string() else { return Err(type_error(format!("{function}() needs a string"))) };
    Ok(match unpaired_surrogate(&JsString::from(value.clone())) {
        Some(index) => Err(index),
        None => Ok(text),
    })
}

/// The message for text with an unpaired surrogate at UTF-16 `index`.
fn unpaired_surrogate_message(index: u32) -> String {
    format!("The text has an unpaired UTF-16 surrogate at index {index}, which is not a Unicode character.")
}

// ---------------------------------------------------------------------------------------------
// Exports. The TypeScript declarations are hand-written in pkg-template/index.d.ts; api.js passes a
// request and options twice each, as JSON text when they have a plain JSON form and as the value.

#[wasm_bindgen(js_name = validate, skip_typescript)]
pub fn validate_js(
    request_json: Option<String>,
    request: JsValue,
    options_json: Option<String>,
    options: JsValue,
) -> Result<String, JsValue> {
    let options = OptionsArgument::read(options_json, &options, "validate", &["identityManagementType"])?.identity()?;
    Ok(crate::validate(&request_value(request_json, &request), &options).to_json())
}

#[wasm_bindgen(js_name = validateMany, skip_typescript)]
pub fn validate_many_js(
    requests_json: Option<String>,
    requests: JsValue,
    options_json: Option<String>,
    options: JsValue,
) -> Result<String, JsValue> {
    let options =
        OptionsArgument::read(options_json, &options, "validateMany", &["identityManagementType"])?.identity()?;
    let too_many = || type_error("validateMany() takes at most 100,000 requests a call".to_owned());
    let parsed = requests_json.and_then(|text| crate::syntax::json::parse(&text).ok());
    let requests: Vec<Value> = match parsed {
        Some(Value::Array(requests)) if requests.len() > MAX_LIST_ITEMS as usize => return Err(too_many()),
        Some(Value::Array(requests)) => requests,
        // The batch itself is read item by item, with one budget for the whole argument, as for a
        // request: a batch repeating one large object is as large as a request doing so.
        _ => {
            let length = list_length(&requests).filter(|_| is_array(&requests).unwrap_or(false));
            let Some(length) = length else {
                return Err(type_error("validateMany() needs an array of requests it can read".to_owned()));
            };
            if length > MAX_LIST_ITEMS {
                return Err(too_many());
            }
            let mut reader = Reader::new();
            (0..length)
                .map(|index| {
                    Reflect::get_u32(&requests, index)
                        .map_or(Value::Unsupported("an element whose getter threw"), |request| reader.read(&request))
                })
                .collect()
        }
    };
    let mut out = String::new();
    crate::diagnostic::write_list(&mut out, &crate::validate_many(&requests, &options), ValidationResult::write_json);
    Ok(out)
}

#[wasm_bindgen(js_name = explain, skip_typescript)]
pub fn explain_js(code: JsValue) -> Result<Option<String>, JsValue> {
    let doc = text_argument(&code, "explain")?.ok().and_then(|code| crate::explain(&code));
    Ok(doc.map(|doc| json(&doc.to_value())))
}

#[wasm_bindgen(js_name = rules, skip_typescript)]
pub fn rules_js() -> String {
    json(&Value::Array(crate::rules().map(|doc| doc.to_value()).collect()))
}

#[wasm_bindgen(js_name = applyFixes, skip_typescript)]
pub fn apply_fixes_js(
    request_json: Option<String>,
    request: JsValue,
    codes: JsValue,
    options_json: Option<String>,
    options: JsValue,
) -> Result<String, JsValue> {
    let options =
        OptionsArgument::read(options_json, &options, "applyFixes", &["identityManagementType"])?.identity()?;
    let codes: Option<Vec<String>> = if codes.is_undefined() || codes.is_null() {
        None
    } else {
        let Value::Array(items) = from_js(&codes) else {
            return Err(type_error("the codes of applyFixes() must be an array of rule codes".to_owned()));
        };
        let mut codes = Vec::new();
        for item in items {
            match item.as_str().filter(|code| crate::explain(code).is_some()) {
                Some(code) => codes.push(code.to_owned()),
                None => {
                    return Err(type_error(format!(
                        "applyFixes() was given {}, which is not a rule code",
                        crate::syntax::json::to_string(&item, None)
                    )))
                }
            }
        }
        Some(codes)
    };
    let codes: Option<Vec<&str>> = codes.as_ref().map(|codes| codes.iter().map(String::as_str).collect());
    Ok(json(&crate::apply_fixes(&request_value(request_json, &request), codes.as_deref(), &options)))
}

#[wasm_bindgen(js_name = redactPassword, skip_typescript)]
pub fn redact_password_js(request_json: Option<String>, request: JsValue) -> String {
    json(&crate::redact_password(&request_value(request_json, &request)))
}

#[wasm_bindgen(js_name = toCliInputJson, skip_typescript)]
pub fn to_cli_input_json_js(
    request_json: Option<String>,
    request: JsValue,
    options_json: Option<String>,
    options: JsValue,
) -> Result<String, JsValue> {
    let options = OptionsArgument::read(options_json, &options, "toCliInputJson", &["indent"])?;
    let indent = match options.values.get("indent") {
        None => Some(4),
        Some(Value::Number(n)) => match n.as_i64() {
            Some(0) => None,
            Some(width @ 1..=10) => Some(width as usize),
            _ => {
                return Err(type_error(
                    "the indent option of toCliInputJson() must be a whole number from 0 to 10".to_owned(),
                ))
            }
        },
        Some(_) => return Err(type_error("the indent option of toCliInputJson() must be a number".to_owned())),
    };
    Ok(crate::to_cli_input_json(&Value::Object(request_object(request_json, &request)), indent))
}

#[wasm_bindgen(js_name = toShorthand, skip_typescript)]
pub fn to_shorthand_js(request_json: Option<String>, request: JsValue) -> String {
    let words: Object = crate::to_shorthand(&request_object(request_json, &request))
        .into_iter()
        .map(|option| (option.option, Value::Array(option.words.into_iter().map(Value::from).collect())))
        .collect();
    json(&Value::Object(words))
}

#[wasm_bindgen(js_name = toCliArgv, skip_typescript)]
pub fn to_cli_argv_js(
    request_json: Option<String>,
    request: JsValue,
    options_json: Option<String>,
    options: JsValue,
) -> Result<String, JsValue> {
    let syntax = OptionsArgument::read(options_json, &options, "toCliArgv", &["syntax"])?.syntax()?;
    let argv = crate::to_cli_argv(&request_object(request_json, &request), syntax);
    Ok(json(&Value::Array(argv.into_iter().map(Value::from).collect())))
}

#[wasm_bindgen(js_name = toCliCommand, skip_typescript)]
pub fn to_cli_command_js(
    request_json: Option<String>,
    request: JsValue,
    options_json: Option<String>,
    options: JsValue,
) -> Result<String, JsValue> {
    let options = OptionsArgument::read(
        options_json,
        &options,
        "toCliCommand",
        &["shell", "syntax", "multiline", "redactPassword"],
    )?;
    let shells = Shell::ALL.map(|shell| (shell.as_str(), shell));
    let command_options = CommandOptions {
        shell: options.choice("shell", &shells)?.unwrap_or_default(),
        syntax: options.syntax()?,
        multiline: options.flag("multiline")?,
        redact_password: options.flag("redactPassword")?,
    };
    Ok(crate::to_cli_command(&request_object(request_json, &request), &command_options))
}

#[wasm_bindgen(js_name = parseCliCommand, skip_typescript)]
pub fn parse_cli_command_js(text: JsValue) -> Result<String, JsValue> {
    let parsed = match text_argument(&text, "parseCliCommand")? {
        Ok(text) => crate::parse_cli_command(&text),
        Err(index) => crate::syntax::command::unreadable_text(unpaired_surrogate_message(index), index as usize),
    };
    Ok(parsed.to_json())
}

#[wasm_bindgen(js_name = parseShorthand, skip_typescript)]
pub fn parse_shorthand_js(text: JsValue) -> Result<String, JsValue> {
    let parsed = match text_argument(&text, "parseShorthand")? {
        Ok(text) => crate::syntax::shorthand::parse(&text).map_err(|error| (error.message, error.index)),
        Err(index) => {
            // Python counts code points; everything before the first unpaired surrogate is valid.
            let before = JsString::from(text.clone()).slice(0, index).as_string().unwrap_or_default();
            Err((unpaired_surrogate_message(index), before.chars().count()))
        }
    };
    let mut result = Object::new();
    match parsed {
        Ok(value) => {
            result.insert("ok", Value::Bool(true));
            result.insert("value", value);
        }
        Err((message, index)) => {
            result.insert("ok", Value::Bool(false));
            result.insert("message", Value::from(message));
            result.insert("index", Value::from(index as i64));
        }
    }
    Ok(json(&Value::Object(result)))
}

#[wasm_bindgen(js_name = requestModel, skip_typescript)]
pub fn request_model_js() -> String {
    json(&crate::model::describe())
}

#[wasm_bindgen(js_name = skeleton, skip_typescript)]
pub fn skeleton_js() -> String {
    crate::skeleton()
}
