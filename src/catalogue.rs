//! The npm package's generated files: the rule catalogue (each message and help template as its
//! pieces: text, and `[name, format]` for an argument), the constants its walker and renderer share
//! with the core, the request model, the templates of the AWS CLI syntax's rules apart for the
//! package's `/cli` entry, and the rule explanations. `tests/rule_docs.rs` fails when the copies in
//! `pkg-template/` are stale; `make generated` rewrites them.

use crate::diagnostic::Template;
use crate::render::{Piece, EXCERPT_CHARS};
use crate::rules::RULES;
use crate::syntax::json;
use crate::value::{Object, Value};
use crate::wire::{MAX_LIST_ITEMS, MAX_VALUES, UNSUPPORTED};

/// `pkg-template/catalogue.js`.
pub fn javascript() -> String {
    let mut out = String::from(
        "// Generated from the rule modules in src/rules/ and from src/model.rs by `make generated`; do not edit.\n\
         // A template is its pieces: text, and [name, format] for an argument (see render.js).\n\n",
    );
    out.push_str("export const RULES = [\n");
    for rule in RULES {
        let doc = &rule.doc;
        out.push_str("  {\n");
        for (name, value) in [("code", doc.code), ("severity", doc.severity.as_str()), ("title", doc.title)] {
            out.push_str(&format!("    {name}: {},\n", literal(value)));
        }
        out.push_str(&format!("    summary: {},\n", literal(doc.summary)));
        // The AWS CLI syntax's rules are reported only by the /cli entry, which adds their templates.
        if !is_cli(rule) {
            push_templates(&mut out, rule, "    ");
        }
        out.push_str("  },\n");
    }
    out.push_str("];\n\n");
    let constants: [(&str, String); 10] = [
        ("IDENTITY_TYPES", list(crate::options::IdentityType::ALL.iter().map(|t| t.as_str()))),
        // In `Operation::ALL` order: the wasm functions take an operation as its index here.
        ("OPERATIONS", list(crate::operation::Operation::ALL.iter().map(|operation| operation.name()))),
        ("UNSUPPORTED", list(UNSUPPORTED.iter().map(|(name, _)| *name))),
        ("MAX_VALUES", MAX_VALUES.to_string()),
        ("MAX_LIST_ITEMS", MAX_LIST_ITEMS.to_string()),
        ("MAX_DEPTH", crate::syntax::json::MAX_DEPTH.to_string()),
        ("EXCERPT_CHARS", EXCERPT_CHARS.to_string()),
        ("UNPRINTABLE", format!("/{}/u", crate::render::UNPRINTABLE)),
        ("ESCAPED", escaped()),
        ("PYTHON_UNPRINTABLE", format!("/{}/u", crate::syntax::coerce::PYTHON_UNPRINTABLE)),
    ];
    for (name, value) in constants {
        out.push_str(&format!("export const {name} = {value};\n"));
    }
    let members: Vec<Value> = crate::model::members()
        .iter()
        .map(|member| Value::Array(vec![Value::from(member.name), Value::from(member.doc)]))
        .collect();
    out.push_str(&format!("\n/** Every member's name and documentation, in the order of `model::members()`. */\nexport const MEMBERS = {};\n", json::to_string(&Value::Array(members), None)));
    let mut models = crate::value::Object::new();
    for operation in crate::operation::Operation::ALL {
        models.insert(operation.name(), crate::model::describe(operation));
    }
    out.push_str(&format!(
        "\n/** Each operation's input, as `requestModel(operation)` returns it. */\nexport const MODELS = {};\n",
        json::to_string(&Value::Object(models), Some(2))
    ));
    out
}

/// `pkg-template/catalogue-cli.js`: the templates of the AWS CLI syntax's rules, by rule index.
pub fn javascript_cli() -> String {
    let mut out = String::from(
        "// Generated from the rule modules in src/rules/ by `make generated`; do not edit.\n\
         // The templates of the rules that only the /cli entry reports, by their index in RULES.\n\n\
         export const CLI_TEMPLATES = [\n",
    );
    for (index, rule) in RULES.iter().enumerate().filter(|(_, rule)| is_cli(rule)) {
        out.push_str(&format!("  {{\n    rule: {index},\n"));
        push_templates(&mut out, rule, "    ");
        out.push_str("  },\n");
    }
    out.push_str("];\n\n");
    let shells = list(crate::syntax::shell::Shell::ALL.iter().map(|shell| shell.as_str()));
    out.push_str(&format!("export const SHELLS = {shells};\n"));
    out
}

fn is_cli(rule: &crate::rules::Rule) -> bool {
    matches!(rule.check, crate::rules::Check::Command)
}

/// `messages: [...]` and `helps: [...]`, each template as its pieces.
fn push_templates(out: &mut String, rule: &crate::rules::Rule, indent: &str) {
    for (name, templates) in [("messages", rule.messages), ("helps", rule.helps)] {
        out.push_str(&format!("{indent}{name}: [\n"));
        for template in templates {
            out.push_str(&format!("{indent}  {},\n", pieces(template)));
        }
        out.push_str(&format!("{indent}],\n"));
    }
}

/// The characters the JSON writer escapes that `JSON.stringify` leaves as they are: the C1 controls
/// and DEL, and those that hide or reorder text.
fn escaped() -> String {
    let ranges = std::iter::once((0x7F, 0x9F)).chain(crate::syntax::invisible::ranges());
    let class: String = ranges
        .map(|(first, last)| match first == last {
            true => format!("\\u{{{first:x}}}"),
            false => format!("\\u{{{first:x}}}-\\u{{{last:x}}}"),
        })
        .collect();
    format!("/[{class}]/gu")
}

/// `pkg-template/explanations.json`: each rule's Markdown explanation by code.
pub fn explanations_json() -> String {
    let explanations: Object =
        RULES.iter().map(|rule| (rule.doc.code.to_owned(), Value::from(rule.doc.explanation))).collect();
    json::to_string(&Value::Object(explanations), Some(2)) + "\n"
}

/// A template as `["text", ["name"], ["name", "format"], …]`.
fn pieces(template: &Template) -> String {
    let pieces: Vec<String> = template
        .pieces()
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => literal(text),
            Piece::Arg { name, format: "" } => format!("[{}]", literal(name)),
            Piece::Arg { name, format } => format!("[{}, {}]", literal(name), literal(format)),
        })
        .collect();
    format!("[{}]", pieces.join(", "))
}

/// A JavaScript string literal: JSON's, which JavaScript reads the same.
fn literal(text: &str) -> String {
    let mut out = String::new();
    json::write_string(&mut out, text);
    out
}

fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    format!("[{}]", items.map(literal).collect::<Vec<_>>().join(", "))
}
