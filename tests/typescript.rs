//! The hand-written TypeScript declarations (pkg-template/index.d.ts) against the service model:
//! every structure an interface with the same members, optional exactly when the model says so,
//! typed after the member's shape; every enum a union of exactly its values.
#![cfg(not(target_arch = "wasm32"))] // reads the declarations from disk

use connect_user_validator::model::{Shape, StructureShape, CREATE_USER_REQUEST};
use connect_user_validator::operation::Operation;

fn declarations() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/pkg-template/index.d.ts")).unwrap()
}

/// The member lines of `export interface NAME { … }`, as (name, optional, type).
fn interface(declarations: &str, name: &str) -> Vec<(String, bool, String)> {
    let start =
        declarations.find(&format!("export interface {name} {{")).unwrap_or_else(|| panic!("no interface {name}"));
    let body = &declarations[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
    body.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//") && !line.starts_with("/*") && !line.starts_with('*'))
        .map(|line| {
            let (member, kind) = line.trim_end_matches(';').split_once(": ").unwrap_or_else(|| panic!("{line}"));
            let optional = member.ends_with('?');
            (member.trim_end_matches('?').to_owned(), optional, kind.to_owned())
        })
        .collect()
}

/// The TypeScript type a member of `shape` must have (before `| undefined`).
fn expected_type(shape: Shape) -> String {
    match shape {
        Shape::String(string) if !string.enum_values.is_empty() => string.name.to_owned(),
        Shape::String(_) => "string".to_owned(),
        Shape::Integer(_) => "number".to_owned(),
        Shape::Boolean => "boolean".to_owned(),
        Shape::Structure(structure) => structure.name.to_owned(),
        Shape::List(list) => format!("{}[]", expected_type(list.member)),
        Shape::Map(_) => "Record<string, string>".to_owned(),
    }
}

fn check_structure(declarations: &str, structure: &StructureShape, checked: &mut Vec<&'static str>) {
    if checked.contains(&structure.name) {
        return;
    }
    checked.push(structure.name);
    let members = interface(declarations, structure.name);
    let names: Vec<&str> = members.iter().map(|(name, _, _)| name.as_str()).collect();
    let model_names: Vec<&str> = structure.members.iter().map(|m| m.name).collect();
    assert_eq!(names, model_names, "interface {} members, in model order", structure.name);
    for (member, (_, optional, kind)) in structure.members.iter().zip(&members) {
        assert_eq!(*optional, !member.required, "{}.{} optional", structure.name, member.name);
        assert_eq!(
            *kind,
            format!("{} | undefined", expected_type(member.shape)),
            "{}.{} type",
            structure.name,
            member.name
        );
        let nested = match member.shape {
            Shape::Structure(nested) => Some(nested),
            Shape::List(list) => match list.member {
                Shape::Structure(nested) => Some(nested),
                _ => None,
            },
            _ => None,
        };
        if let Some(nested) = nested {
            check_structure(declarations, nested, checked);
        }
        if let Shape::String(string) = member.shape {
            if !string.enum_values.is_empty() {
                let union: Vec<String> = string.enum_values.iter().map(|v| format!("\"{v}\"")).collect();
                let line = format!("export type {} = {};", string.name, union.join(" | "));
                assert!(declarations.contains(&line), "missing `{line}`");
            }
        }
    }
}

#[test]
fn declarations_follow_the_model() {
    let declarations = declarations();
    let mut checked = Vec::new();
    check_structure(&declarations, &CREATE_USER_REQUEST, &mut checked);
    assert_eq!(checked.len(), 9, "{checked:?}");
}

#[test]
fn every_operation_has_its_input_type_in_the_operation_map() {
    let declarations = declarations();
    let mut checked = Vec::new();
    for operation in Operation::ALL {
        check_structure(&declarations, operation.input(), &mut checked);
    }
    // CreateUser's nine structures, and each other operation's request.
    assert_eq!(checked.len(), 9 + Operation::ALL.len() - 1, "{checked:?}");
    let map = interface(&declarations, "OperationInputs");
    let expected: Vec<(String, bool, String)> = Operation::ALL
        .iter()
        .map(|operation| (operation.name().to_owned(), false, operation.input().name.to_owned()))
        .collect();
    assert_eq!(map, expected, "OperationInputs: each operation's input, in Operation::ALL order");
    assert!(declarations.contains("export type Operation = keyof OperationInputs;"));
}

#[test]
fn declarations_have_no_any() {
    let declarations = declarations();
    let code: String = declarations.lines().filter(|line| !line.trim_start().starts_with("//")).collect();
    assert!(!code.contains(": any") && !code.contains("<any>") && !code.contains(" any;"), "index.d.ts uses any");
}
