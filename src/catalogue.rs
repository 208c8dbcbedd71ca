//! The npm package's generated files: the rule catalogue with every message and help template
//! compiled into a JavaScript function, the constants its walker and renderer share with the core,
//! the request model, and the rule explanations. `tests/rule_docs.rs` fails when the copies in
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
         // Each template is a function of a diagnostic's data and of `show`, the renderer in render.js.\n\n",
    );
    out.push_str("export const RULES = [\n");
    for rule in RULES {
        let doc = &rule.doc;
        out.push_str("  {\n");
        for (name, value) in [("code", doc.code), ("severity", doc.severity.as_str()), ("title", doc.title)] {
            out.push_str(&format!("    {name}: {},\n", literal(value)));
        }
        out.push_str(&format!("    summary: {},\n", literal(doc.summary)));
        for (name, templates) in [("messages", rule.messages), ("helps", rule.helps)] {
            out.push_str(&format!("    {name}: [\n"));
            for template in templates {
                out.push_str(&format!("      {},\n", function(template)));
            }
            out.push_str("    ],\n");
        }
        out.push_str("  },\n");
    }
    out.push_str("];\n\n");
    let constants: [(&str, String); 10] = [
        ("IDENTITY_TYPES", list(crate::options::IdentityType::ALL.iter().map(|t| t.as_str()))),
        ("SHELLS", list(crate::syntax::shell::Shell::ALL.iter().map(|shell| shell.as_str()))),
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
    out.push_str(&format!("\nexport const MODEL = {};\n", json::to_string(&crate::model::describe(), Some(2))));
    out
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

/// A template as `(d, show) => "text" + show(d, "name", "format") + …`.
fn function(template: &Template) -> String {
    let pieces: Vec<String> = template
        .pieces()
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => literal(text),
            Piece::Arg { name, format } => format!("show(d, {}, {})", literal(name), literal(format)),
        })
        .collect();
    let body = if pieces.is_empty() { "\"\"".to_owned() } else { pieces.join(" + ") };
    format!("(d, show) => {body}")
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
