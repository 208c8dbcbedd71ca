//! Applying the fixes diagnostics carry.

use crate::diagnostic::{Diagnostic, Edit, Fix};
use crate::options::Options;
use crate::path::{Path, Segment};
use crate::value::{Object, Value};

/// More rounds than any chain of fixes needs (a type fix, then a conflict, then the PhoneConfig
/// that conflict emptied); it only bounds the loop.
const MAX_ROUNDS: usize = 16;

/// Which diagnostics' fixes to apply.
#[derive(Clone, Copy, Debug)]
pub enum FixSelection<'a> {
    /// Every fix, repeated until none is left.
    All,
    /// The fixes of diagnostics with these codes, repeated until none is left.
    Codes(&'a [&'a str]),
    /// The fix of the one diagnostic with this code at this path, once: what a "fix" button next to
    /// a diagnostic does.
    One { code: &'a str, path: &'a Path },
}

impl FixSelection<'_> {
    fn selects(&self, diagnostic: &Diagnostic) -> bool {
        match self {
            FixSelection::All => true,
            FixSelection::Codes(codes) => codes.contains(&diagnostic.code()),
            FixSelection::One { code, path } => diagnostic.code() == *code && diagnostic.path == **path,
        }
    }
}

/// A copy of `request` with the selected fixes applied, until no selected diagnostic has a fix
/// left (one round for [`FixSelection::One`]). Fixes whose edits overlap wait for the next round,
/// which sees the request they left behind.
pub fn apply_fixes(request: &Value, selection: FixSelection, options: &Options) -> Value {
    let mut fixed = request.clone();
    let rounds = if matches!(selection, FixSelection::One { .. }) { 1 } else { MAX_ROUNDS };
    for _ in 0..rounds {
        let diagnostics = crate::validate(&fixed, options).diagnostics;
        let fixes: Vec<Fix> =
            diagnostics.iter().filter(|d| d.fixable && selection.selects(d)).filter_map(|d| d.fix(&fixed)).collect();
        let mut touched: Vec<&Path> = Vec::new();
        for fix in &fixes {
            let overlaps =
                fix.edits().any(|edit| touched.iter().any(|t| t.contains(&edit.path) || edit.path.contains(t)));
            if overlaps {
                continue;
            }
            for edit in fix.edits() {
                apply(&mut fixed, edit);
                touched.push(&edit.path);
            }
        }
        if touched.is_empty() {
            break;
        }
    }
    fixed
}

/// Applies one edit; an edit whose parent is missing creates it, one that does not fit the value
/// (an index past the end, a key into a list) is skipped.
fn apply(root: &mut Value, edit: &Edit) {
    let Some((last, parents)) = edit.path.segments().split_last() else {
        if let Some(value) = &edit.value {
            *root = value.clone();
        }
        return;
    };
    let mut target = root;
    for segment in parents {
        target = match (target, segment) {
            (Value::Object(object), Segment::Key(key)) => {
                if !object.contains_key(key) {
                    object.insert(key.clone(), Value::Object(Object::new()));
                }
                match object.get_mut(key) {
                    Some(child) => child,
                    None => return,
                }
            }
            (Value::Array(items), Segment::Index(index)) => match items.get_mut(*index) {
                Some(child) => child,
                None => return,
            },
            _ => return,
        };
    }
    match (target, last, &edit.value) {
        (Value::Object(object), Segment::Key(key), Some(value)) => object.insert(key.clone(), value.clone()),
        (Value::Object(object), Segment::Key(key), None) => {
            object.remove(key);
        }
        (Value::Array(items), Segment::Index(index), Some(value)) if *index < items.len() => {
            items[*index] = value.clone()
        }
        (Value::Array(items), Segment::Index(index), None) if *index < items.len() => {
            items.remove(*index);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::path;
    use crate::syntax::json;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn edited(text: &str, edit: Edit) -> String {
        let mut value = json::parse(text).unwrap();
        apply(&mut value, &edit);
        json::to_string(&value, None)
    }

    #[test]
    fn edits_set_remove_and_create_parents() {
        assert_eq!(edited(r#"{"a":1}"#, Edit::set(path!["b", "c"], 2)), r#"{"a":1,"b":{"c":2}}"#);
        assert_eq!(edited(r#"{"a":1,"b":2}"#, Edit::remove(path!["a"])), r#"{"b":2}"#);
        assert_eq!(edited(r#"{"a":[1,2]}"#, Edit::set(path!["a", 1usize], 5)), r#"{"a":[1,5]}"#);
        assert_eq!(edited(r#"{"a":[1,2]}"#, Edit::remove(path!["a", 0usize])), r#"{"a":[2]}"#);
        assert_eq!(edited(r#"{"a":[1]}"#, Edit::set(path!["a", 3usize], 5)), r#"{"a":[1]}"#);
        assert_eq!(edited(r#"{"a":"x"}"#, Edit::set(path!["a", "b"], 5)), r#"{"a":"x"}"#);
    }
}
