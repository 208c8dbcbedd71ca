//! `src/model.rs` against the service-model subsets it was written from
//! (`tests/data/connect-create-user-shapes.json` and `connect-user-operations-shapes.json`, verbatim
//! copies of the botocore C2J shapes).

use connect_user_validator::model::{Sensitivity, Shape, StringShape, StructureShape, CREATE_USER_REQUEST};
use connect_user_validator::syntax::json;
use connect_user_validator::Operation;
use connect_user_validator::Value;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

fn shapes() -> Value {
    let text = include_str!("data/connect-create-user-shapes.json");
    json::parse(text).expect("the shapes file is JSON").get("shapes").expect("it has shapes").clone()
}

fn number(shape: &Value, key: &str) -> Option<i64> {
    shape.get(key).and_then(Value::as_number).and_then(|n| n.as_i64())
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value.and_then(Value::as_array).unwrap_or_default().iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()
}

/// Compares one of our shapes with the model shape called `name`, recursing into members.
fn compare(shapes: &Value, ours: Shape, name: &str, seen: &mut Vec<String>) {
    let theirs = shapes.get(name).unwrap_or_else(|| panic!("the model has no shape {name}"));
    let kind = theirs.get("type").and_then(Value::as_str).unwrap();
    match ours {
        Shape::String(string) => {
            assert_eq!(kind, "string", "{name}");
            compare_string(theirs, string, name);
        }
        Shape::Integer(integer) => {
            assert_eq!((kind, integer.name), ("integer", name));
            assert_eq!(integer.min, number(theirs, "min"), "{name} min");
            assert_eq!(number(theirs, "max"), None, "{name} has a max the model table lacks");
        }
        Shape::Boolean => assert_eq!(kind, "boolean", "{name}"),
        Shape::Structure(structure) => {
            assert_eq!((kind, structure.name), ("structure", name));
            if !seen.contains(&name.to_owned()) {
                seen.push(name.to_owned());
                compare_structure(shapes, theirs, structure, seen);
            }
        }
        Shape::List(list) => {
            assert_eq!((kind, list.name), ("list", name));
            assert_eq!(list.min.map(|n| n as i64), number(theirs, "min"), "{name} min");
            assert_eq!(list.max.map(|n| n as i64), number(theirs, "max"), "{name} max");
            let member = theirs.get("member").and_then(|m| m.get("shape")).and_then(Value::as_str).unwrap();
            compare(shapes, list.member, member, seen);
        }
        Shape::Map(map) => {
            assert_eq!((kind, map.name), ("map", name));
            assert_eq!(map.min.map(|n| n as i64), number(theirs, "min"), "{name} min");
            assert_eq!(map.max.map(|n| n as i64), number(theirs, "max"), "{name} max");
            for (part, ours) in [("key", map.key), ("value", map.value)] {
                let shape_name = theirs.get(part).and_then(|m| m.get("shape")).and_then(Value::as_str).unwrap();
                compare(shapes, Shape::String(ours), shape_name, seen);
            }
        }
    }
}

fn compare_string(theirs: &Value, ours: &StringShape, name: &str) {
    assert_eq!(ours.name, name);
    assert_eq!(ours.min.map(|n| n as i64), number(theirs, "min"), "{name} min");
    assert_eq!(ours.max.map(|n| n as i64), number(theirs, "max"), "{name} max");
    assert_eq!(ours.enum_values.to_vec(), strings(theirs.get("enum")), "{name} enum");
    assert_eq!(ours.pattern, theirs.get("pattern").and_then(Value::as_str), "{name} pattern");
    let sensitive = theirs.get("sensitive").and_then(Value::as_bool).unwrap_or(false);
    assert_eq!(ours.sensitivity == Sensitivity::Sensitive, sensitive, "{name} sensitive");
}

fn compare_structure(shapes: &Value, theirs: &Value, ours: &StructureShape, seen: &mut Vec<String>) {
    let members = theirs.get("members").and_then(Value::as_object).unwrap();
    let their_names: Vec<&str> = members.iter().map(|(k, _)| k).collect();
    let our_names: Vec<&str> = ours.members.iter().map(|m| m.name).collect();
    assert_eq!(our_names, their_names, "{} members, in model order", ours.name);
    let required = strings(theirs.get("required"));
    for member in ours.members {
        assert_eq!(
            member.required,
            required.contains(&member.name.to_owned()),
            "{}.{} required",
            ours.name,
            member.name
        );
        assert!(!member.doc.is_empty(), "{}.{} has a hint", ours.name, member.name);
        let shape_name = members.get(member.name).and_then(|m| m.get("shape")).and_then(Value::as_str).unwrap();
        compare(shapes, member.shape, shape_name, seen);
    }
}

#[test]
fn the_model_table_matches_the_service_model() {
    let shapes = shapes();
    let mut seen = Vec::new();
    compare(&shapes, Shape::Structure(&CREATE_USER_REQUEST), "CreateUserRequest", &mut seen);
    assert_eq!(seen.len(), 9, "every structure reachable from CreateUserRequest was compared: {seen:?}");
}

#[test]
fn every_operation_matches_the_service_model() {
    let text = include_str!("data/connect-user-operations-shapes.json");
    let model = json::parse(text).expect("the operations file is JSON");
    let shapes = model.get("shapes").unwrap();
    for operation in Operation::ALL {
        let theirs =
            model.get("operations").and_then(|o| o.get(operation.name())).expect("the model has the operation");
        let input = theirs.get("input").and_then(|i| i.get("shape")).and_then(Value::as_str).unwrap();
        compare(shapes, Shape::Structure(operation.input()), input, &mut Vec::new());
        // botocore's xform_name: the CLI command is the operation name in kebab case.
        let mut kebab = String::new();
        for (i, c) in operation.name().chars().enumerate() {
            if c.is_ascii_uppercase() && i > 0 {
                kebab.push('-');
            }
            kebab.push(c.to_ascii_lowercase());
        }
        assert_eq!(operation.cli_command(), kebab);
        assert_eq!(Operation::parse(operation.name()), Some(operation));
        assert_eq!(Operation::from_index(operation.index()), Some(operation));
        assert_eq!(Operation::from_cli_command(operation.cli_command()), Some(operation));
    }
}

#[test]
fn only_the_mobile_number_is_treated_as_personal_beyond_the_model() {
    // This project keeps every phone number out of messages; the model marks all but Mobile's.
    let mobile = CREATE_USER_REQUEST.member("IdentityInfo").map(|m| m.shape);
    let Some(Shape::Structure(info)) = mobile else { panic!("IdentityInfo is a structure") };
    let Some(Shape::String(phone)) = info.member("Mobile").map(|m| m.shape) else { panic!("Mobile is a string") };
    assert_eq!(phone.sensitivity, Sensitivity::Personal);
    assert!(phone.conceals_value());
}

#[test]
fn the_description_for_forms_mirrors_the_model() {
    let described = connect_user_validator::model::describe(Operation::CreateUser);
    assert_eq!(described.get("operation").and_then(Value::as_str), Some("CreateUser"));
    assert_eq!(described.get("cliCommand").and_then(Value::as_str), Some("create-user"));
    let members = described.get("members").and_then(Value::as_array).unwrap();
    let names: Vec<&str> = members.iter().map(|m| m.get("name").and_then(Value::as_str).unwrap()).collect();
    let model_names: Vec<&str> = CREATE_USER_REQUEST.members.iter().map(|m| m.name).collect();
    assert_eq!(names, model_names);
    let member = |name: &str| members.iter().find(|m| m.get("name").and_then(Value::as_str) == Some(name)).unwrap();
    assert_eq!(member("SecurityProfileIds").get("cliOption").and_then(Value::as_str), Some("--security-profile-ids"));
    assert_eq!(member("Password").get("shape").and_then(|s| s.get("sensitive")), Some(&Value::Bool(true)));
    let tags = member("Tags").get("shape").unwrap();
    assert_eq!(json::to_string(tags.get("max").unwrap(), None), "50");
    let phone_type =
        member("PhoneConfig").get("shape").and_then(|s| s.get("members")).and_then(Value::as_array).unwrap()[0].clone();
    assert_eq!(
        json::to_string(phone_type.get("shape").and_then(|s| s.get("enum")).unwrap(), None),
        r#"["SOFT_PHONE","DESK_PHONE"]"#
    );
    assert_eq!(phone_type.get("cliOption"), None, "nested members have no CLI option");
}
