//! The wasm-bindgen adapter: JavaScript values in, the core's results out. It converts and checks
//! arguments and holds no validation logic. The public JavaScript API (names, loading, Standard
//! Schema) is in `pkg-template/`, which wraps these exports.

use crate::diagnostic::Diagnostic;
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
/// `Array(2 ** 32 - 1)` item by item would exhaust memory.
const MAX_LIST_ITEMS: u32 = 100_000;

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
    Reader { ancestors: Vec::new() }.read(value)
}

struct Reader {
    /// The objects being read, to recognise a cycle.
    ancestors: Vec<JsValue>,
}

impl Reader {
    fn read(&mut self, value: &JsValue) -> Value {
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
        let items = (0..length)
            .map(|index| match Reflect::get_u32(value, index) {
                Ok(item) => self.read(&item),
                Err(_) => Value::Unsupported("an element whose getter threw"),
            })
            .collect();
        Value::Array(items)
    }

    fn read_object(&mut self, value: &JsValue) -> Value {
        let Ok(keys) = own_keys(value) else { return Value::Unsupported("an object whose keys cannot be read") };
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

/// The request as an object; emitters treat anything else as an empty request.
fn request_object(value: &JsValue) -> Object {
    match from_js(value) {
        Value::Object(object) => object,
        _ => Object::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Value to JavaScript

fn to_js(value: &Value) -> JsValue {
    match value {
        Value::Null | Value::Unsupported(_) => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(n.as_f64()),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(to_js).collect::<Array>().into(),
        Value::Object(members) => {
            let object = js_sys::Object::new();
            for (key, member) in members.iter() {
                define(&object, key, &to_js(member));
            }
            object.into()
        }
    }
}

/// Sets an own data property; `Reflect.set` would change the prototype for a key `__proto__`.
fn define(object: &js_sys::Object, key: &str, value: &JsValue) {
    if key == "__proto__" {
        let descriptor = js_sys::Object::new();
        for (name, setting) in [
            ("value", value.clone()),
            ("enumerable", true.into()),
            ("writable", true.into()),
            ("configurable", true.into()),
        ] {
            let _ = Reflect::set(&descriptor, &name.into(), &setting);
        }
        js_sys::Object::define_property(object, &key.into(), &descriptor);
    } else {
        let _ = Reflect::set(object, &key.into(), value);
    }
}

fn diagnostics_to_js(diagnostics: &[Diagnostic]) -> JsValue {
    diagnostics.iter().map(|d| to_js(&d.to_value())).collect::<Array>().into()
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
    fn read(value: &JsValue, function: &'static str, accepted: &[&str]) -> Result<Self, JsValue> {
        if value.is_undefined() || value.is_null() {
            return Ok(OptionsArgument { function, values: Object::new() });
        }
        let Value::Object(values) = from_js(value) else {
            return Err(type_error(format!("the options of {function}() must be an object")));
        };
        if let Some((unknown, _)) = values.iter().find(|(key, _)| !accepted.contains(key)) {
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
// Exports (the TypeScript declarations are hand-written in pkg-template/index.d.ts)

#[wasm_bindgen(js_name = validate, skip_typescript)]
pub fn validate_js(request: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let options = OptionsArgument::read(&options, "validate", &["identityManagementType"])?.identity()?;
    Ok(to_js(&crate::validate(&from_js(&request), &options).to_value()))
}

#[wasm_bindgen(js_name = validateMany, skip_typescript)]
pub fn validate_many_js(requests: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let options = OptionsArgument::read(&options, "validateMany", &["identityManagementType"])?.identity()?;
    // The batch itself is read item by item, without the length limit of lists inside a request.
    let length = list_length(&requests).filter(|_| is_array(&requests).unwrap_or(false));
    let Some(length) = length else {
        return Err(type_error("validateMany() needs an array of requests it can read".to_owned()));
    };
    let results = (0..length).map(|index| {
        let request = Reflect::get_u32(&requests, index)
            .map_or(Value::Unsupported("an element whose getter threw"), |r| from_js(&r));
        to_js(&crate::validate(&request, &options).to_value())
    });
    Ok(results.collect::<Array>().into())
}

#[wasm_bindgen(js_name = explain, skip_typescript)]
pub fn explain_js(code: JsValue) -> Result<JsValue, JsValue> {
    let doc = text_argument(&code, "explain")?.ok().and_then(|code| crate::explain(&code));
    Ok(doc.map_or(JsValue::UNDEFINED, |doc| to_js(&doc.to_value())))
}

#[wasm_bindgen(js_name = rules, skip_typescript)]
pub fn rules_js() -> JsValue {
    crate::rules().map(|doc| to_js(&doc.to_value())).collect::<Array>().into()
}

#[wasm_bindgen(js_name = applyFixes, skip_typescript)]
pub fn apply_fixes_js(request: JsValue, codes: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let options = OptionsArgument::read(&options, "applyFixes", &["identityManagementType"])?.identity()?;
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
    Ok(to_js(&crate::apply_fixes(&from_js(&request), codes.as_deref(), &options)))
}

#[wasm_bindgen(js_name = toCliInputJson, skip_typescript)]
pub fn to_cli_input_json_js(request: JsValue, options: JsValue) -> Result<String, JsValue> {
    let options = OptionsArgument::read(&options, "toCliInputJson", &["indent"])?;
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
    Ok(crate::to_cli_input_json(&Value::Object(request_object(&request)), indent))
}

#[wasm_bindgen(js_name = toShorthand, skip_typescript)]
pub fn to_shorthand_js(request: JsValue) -> JsValue {
    let words: Object = crate::to_shorthand(&request_object(&request))
        .into_iter()
        .map(|option| (option.option, Value::Array(option.words.into_iter().map(Value::from).collect())))
        .collect();
    to_js(&Value::Object(words))
}

#[wasm_bindgen(js_name = toCliArgv, skip_typescript)]
pub fn to_cli_argv_js(request: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let syntax = OptionsArgument::read(&options, "toCliArgv", &["syntax"])?.syntax()?;
    Ok(crate::to_cli_argv(&request_object(&request), syntax).into_iter().map(JsValue::from).collect::<Array>().into())
}

#[wasm_bindgen(js_name = toCliCommand, skip_typescript)]
pub fn to_cli_command_js(request: JsValue, options: JsValue) -> Result<String, JsValue> {
    let options = OptionsArgument::read(&options, "toCliCommand", &["shell", "syntax", "multiline", "redactPassword"])?;
    let shells = Shell::ALL.map(|shell| (shell.as_str(), shell));
    let command_options = CommandOptions {
        shell: options.choice("shell", &shells)?.unwrap_or_default(),
        syntax: options.syntax()?,
        multiline: options.flag("multiline")?,
        redact_password: options.flag("redactPassword")?,
    };
    Ok(crate::to_cli_command(&request_object(&request), &command_options))
}

#[wasm_bindgen(js_name = parseCliCommand, skip_typescript)]
pub fn parse_cli_command_js(text: JsValue) -> Result<JsValue, JsValue> {
    let parsed = match text_argument(&text, "parseCliCommand")? {
        Ok(text) => crate::parse_cli_command(&text),
        Err(index) => crate::syntax::command::unreadable_text(unpaired_surrogate_message(index), index as usize),
    };
    let result = js_sys::Object::new();
    define(&result, "request", &parsed.request.as_ref().map_or(JsValue::NULL, to_js));
    define(&result, "diagnostics", &diagnostics_to_js(&parsed.diagnostics));
    Ok(result.into())
}

#[wasm_bindgen(js_name = parseShorthand, skip_typescript)]
pub fn parse_shorthand_js(text: JsValue) -> Result<JsValue, JsValue> {
    let result = js_sys::Object::new();
    let parsed = match text_argument(&text, "parseShorthand")? {
        Ok(text) => crate::syntax::shorthand::parse(&text).map_err(|error| (error.message, error.index)),
        Err(index) => {
            // Python counts code points; everything before the first unpaired surrogate is valid.
            let before = JsString::from(text.clone()).slice(0, index).as_string().unwrap_or_default();
            Err((unpaired_surrogate_message(index), before.chars().count()))
        }
    };
    match parsed {
        Ok(value) => {
            define(&result, "ok", &JsValue::TRUE);
            define(&result, "value", &to_js(&value));
        }
        Err((message, index)) => {
            define(&result, "ok", &JsValue::FALSE);
            define(&result, "message", &JsValue::from_str(&message));
            define(&result, "index", &JsValue::from_f64(index as f64));
        }
    }
    Ok(result.into())
}

#[wasm_bindgen(js_name = requestModel, skip_typescript)]
pub fn request_model_js() -> JsValue {
    to_js(&crate::model::describe())
}

#[wasm_bindgen(js_name = skeleton, skip_typescript)]
pub fn skeleton_js() -> String {
    crate::skeleton()
}
