//! The model-level rules: the request walked against the service model's shapes. One walk reports
//! all of them; each rule's module holds its docs and builds its diagnostics.

pub(crate) mod enum_value;
pub(crate) mod length;
pub(crate) mod list_length;
pub(crate) mod range;
pub(crate) mod required;
pub(crate) mod type_mismatch;
pub(crate) mod unknown_member;

use crate::diagnostic::Diagnostic;
use crate::model::{Shape, StructureShape};
use crate::path::Location;
use crate::value::Value;

/// Walks `request` against an operation's `input`. Only the model's members are descended into, so
/// the walk is as deep as the model however deep the value is.
pub(crate) fn walk(input: &'static StructureShape, request: &Value, out: &mut Vec<Diagnostic>) {
    walk_shape(Shape::Structure(input), request, out);
}

/// Walks `value` as a value of `shape`, with paths relative to it.
pub(crate) fn walk_shape(shape: Shape, value: &Value, out: &mut Vec<Diagnostic>) {
    walk_value(shape, value, &Location::root(), out);
}

fn walk_value(shape: Shape, value: &Value, at: &Location, out: &mut Vec<Diagnostic>) {
    match (shape, value) {
        (Shape::String(string), Value::String(s)) => {
            length::check_string(string, s, at, out);
            enum_value::check(string, s, at, out);
        }
        (Shape::Integer(integer), Value::Number(n)) if n.is_integral() => range::check(integer, n, at, out),
        (Shape::Boolean, Value::Bool(_)) => {}
        (Shape::Structure(structure), Value::Object(object)) => {
            let mut unknown = 0;
            for (key, member_value) in object.iter() {
                match structure.member(key) {
                    Some(member) => walk_value(member.shape, member_value, &at.member(member.name), out),
                    None if unknown < unknown_member::REPORTED_PER_OBJECT => {
                        unknown += 1;
                        out.push(unknown_member::diagnostic(structure, object, key, &at.key(key)));
                    }
                    None => unknown += 1,
                }
            }
            if unknown > unknown_member::REPORTED_PER_OBJECT {
                out.push(unknown_member::summary(structure, unknown - unknown_member::REPORTED_PER_OBJECT, at));
            }
            check_required(structure, object, at, out);
        }
        (Shape::List(list), Value::Array(items)) => {
            list_length::check_list(list, items.len(), at, out);
            for (index, item) in items.iter().enumerate() {
                walk_value(list.member, item, &at.index(index), out);
            }
        }
        (Shape::Map(map), Value::Object(entries)) => {
            list_length::check_map(map, entries.len(), at, out);
            for (key, entry) in entries.iter() {
                let entry_at = at.key(key);
                length::check_map_key(map.key, key, &entry_at, out);
                walk_value(Shape::String(map.value), entry, &entry_at, out);
            }
        }
        _ => out.push(type_mismatch::diagnostic(shape, value, at)),
    }
}

fn check_required(structure: &StructureShape, object: &crate::value::Object, at: &Location, out: &mut Vec<Diagnostic>) {
    for member in structure.members.iter().filter(|m| m.required && !object.contains_key(m.name)) {
        out.push(required::diagnostic(member, &at.member(member.name)));
    }
}
