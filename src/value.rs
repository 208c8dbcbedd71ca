//! The untyped request value: what a JSON document, a parsed command or a JavaScript object holds.
//!
//! Validation works on this rather than on typed structs, so a wrong type, an unknown member or a
//! missing member is a diagnostic instead of a deserialization failure.

/// A JSON-like value. Objects keep their members in insertion order.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Object),
    /// A value JSON has no form for, handed over by a JavaScript caller: a BigInt, a symbol, a
    /// function, a cyclic reference, a getter that threw. The text names it for messages.
    Unsupported(&'static str),
}

/// A number, remembering whether it was written (or is) a whole number.
///
/// The distinction follows what the AWS CLI sees: JSON `30` is a Python `int`, while `30.0` and
/// `1e2` are `float`s, which botocore rejects for an integer member.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    value: f64,
    integral: bool,
}

impl Number {
    pub fn from_i64(value: i64) -> Self {
        Number { value: value as f64, integral: true }
    }

    /// A number as written in JSON: `integral` is false when the literal had a fraction or an
    /// exponent, or was `NaN`/`Infinity`.
    pub fn from_literal(value: f64, integral: bool) -> Self {
        Number { value, integral: integral && value.is_finite() }
    }

    /// A JavaScript number: whole numbers (including -0) are integral, like `Number.isInteger`.
    pub fn from_js(value: f64) -> Self {
        Number { value, integral: value.is_finite() && value.fract() == 0.0 }
    }

    pub fn as_f64(self) -> f64 {
        self.value
    }

    pub fn is_integral(self) -> bool {
        self.integral
    }

    /// The value as an `i64` when it is integral and exactly representable.
    pub fn as_i64(self) -> Option<i64> {
        const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
        (self.integral && self.value.abs() <= EXACT).then_some(self.value as i64)
    }
}

impl std::fmt::Display for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.value == 0.0 {
            f.write_str(if self.integral { "0" } else { "0.0" })
        } else if self.integral {
            write!(f, "{:.0}", self.value)
        } else if self.value.is_nan() {
            f.write_str("NaN")
        } else if self.value.is_infinite() {
            f.write_str(if self.value > 0.0 { "Infinity" } else { "-Infinity" })
        } else {
            let text = format!("{}", self.value);
            // Keep a fractional number recognisable as one: 1e2 written back as 100 would change type.
            if text.contains(['.', 'e']) {
                f.write_str(&text)
            } else {
                write!(f, "{text}.0")
            }
        }
    }
}

/// An object's members in insertion order. Setting an existing key keeps its position, as a
/// Python `dict` and a JavaScript object do; like theirs, equality ignores the order.
#[derive(Clone, Debug, Default)]
pub struct Object {
    members: Vec<(String, Value)>,
}

impl PartialEq for Object {
    fn eq(&self, other: &Self) -> bool {
        if self.len() != other.len() {
            return false;
        }
        // Indexed lookups keep comparing large maps (thousands of tags) linear.
        let theirs: std::collections::HashMap<&str, &Value> = other.iter().collect();
        self.iter().all(|(key, value)| theirs.get(key).is_some_and(|v| *v == value))
    }
}

impl Object {
    pub fn new() -> Self {
        Object::default()
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        self.members.iter_mut().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn insert(&mut self, key: impl Into<String>, value: Value) {
        let key = key.into();
        match self.get_mut(&key) {
            Some(slot) => *slot = value,
            None => self.members.push((key, value)),
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let index = self.members.iter().position(|(k, _)| k == key)?;
        Some(self.members.remove(index).1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&str, &Value)> {
        self.members.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The members with their values writable; the keys stay as they are.
    pub fn iter_mut(&mut self) -> impl ExactSizeIterator<Item = (&str, &mut Value)> {
        self.members.iter_mut().map(|(k, v)| (k.as_str(), v))
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

/// Collects members, a repeated key keeping the first position and the last value. Small objects
/// (every request structure) are searched directly; large ones (a JSON object with thousands of
/// keys) through an index, so collecting stays linear.
impl FromIterator<(String, Value)> for Object {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        const INDEXED_FROM: usize = 32;
        let mut members: Vec<(String, Value)> = Vec::new();
        let mut positions: Option<std::collections::HashMap<String, usize>> = None;
        for (key, value) in iter {
            let existing = match &positions {
                Some(index) => index.get(&key).copied(),
                None => members.iter().position(|(k, _)| *k == key),
            };
            match existing {
                Some(at) => members[at].1 = value,
                None => {
                    if let Some(index) = &mut positions {
                        index.insert(key.clone(), members.len());
                    }
                    members.push((key, value));
                    if positions.is_none() && members.len() == INDEXED_FROM {
                        positions = Some(members.iter().enumerate().map(|(at, (k, _))| (k.clone(), at)).collect());
                    }
                }
            }
        }
        Object { members }
    }
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<Number> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// A member of an object value; `None` for a missing member or a non-object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    /// What kind of value this is, as a message would say it: "a string", "a list", ….
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(n) if n.is_integral() => "an integer",
            Value::Number(n) if n.as_f64().is_finite() => "a fractional number",
            Value::Number(_) => "a non-finite number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
            Value::Unsupported(what) => what,
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Self {
        Value::Number(Number::from_i64(n))
    }
}

impl From<Object> for Value {
    fn from(o: Object) -> Self {
        Value::Object(o)
    }
}

impl From<Vec<Value>> for Value {
    fn from(a: Vec<Value>) -> Self {
        Value::Array(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn numbers_print_as_their_kind() {
        assert_eq!(Number::from_js(-0.0).to_string(), "0");
        assert_eq!(Number::from_js(60.0).to_string(), "60");
        assert_eq!(Number::from_literal(100.0, false).to_string(), "100.0");
        assert_eq!(Number::from_literal(30.5, false).to_string(), "30.5");
        assert_eq!(Number::from_literal(f64::INFINITY, true).to_string(), "Infinity");
        assert_eq!(Number::from_js(f64::NAN).to_string(), "NaN");
        assert_eq!(Number::from_js(1e21).to_string(), "1000000000000000000000");
    }

    #[test]
    fn integral_numbers_convert_only_when_exact() {
        assert_eq!(Number::from_js(42.0).as_i64(), Some(42));
        assert_eq!(Number::from_js(4.5).as_i64(), None);
        assert_eq!(Number::from_js(1e300).as_i64(), None);
        assert!(!Number::from_literal(f64::INFINITY, true).is_integral());
    }

    #[test]
    fn collecting_keeps_the_first_position_and_the_last_value() {
        let o: Object =
            [("a", 1), ("b", 2), ("a", 3)].into_iter().map(|(k, v)| (k.to_owned(), Value::from(v))).collect();
        assert_eq!(
            o.iter().map(|(k, v)| (k, v.as_number().unwrap().as_i64().unwrap())).collect::<Vec<_>>(),
            [("a", 3), ("b", 2)]
        );
    }

    #[test]
    fn large_objects_collect_through_an_index_with_the_same_result() {
        let pairs = (0..100).chain(0..100).map(|i| (format!("k{}", i % 70), Value::from(i as i64)));
        let o: Object = pairs.collect();
        assert_eq!(o.len(), 70);
        assert_eq!(o.iter().next().map(|(k, _)| k), Some("k0"));
        assert_eq!(o.get("k5"), Some(&Value::from(75)), "the last value wins");
    }

    #[test]
    fn equality_ignores_member_order() {
        let ab: Object = [("a", 1), ("b", 2)].into_iter().map(|(k, v)| (k.to_owned(), Value::from(v))).collect();
        let ba: Object = [("b", 2), ("a", 1)].into_iter().map(|(k, v)| (k.to_owned(), Value::from(v))).collect();
        assert_eq!(ab, ba);
        let mut other = ba.clone();
        other.insert("a", Value::from(3));
        assert_ne!(ab, other);
    }

    #[test]
    fn insert_keeps_the_first_position() {
        let mut o = Object::new();
        o.insert("a", Value::from(1));
        o.insert("b", Value::from(2));
        o.insert("a", Value::from(3));
        let keys: Vec<_> = o.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a", "b"]);
        assert_eq!(o.get("a"), Some(&Value::from(3)));
    }
}
