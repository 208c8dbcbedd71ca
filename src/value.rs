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

/// A number as the AWS CLI holds it: a Python `int`, exact however long, or a `float`.
///
/// JSON `30` is an `int`, while `30.0` and `1e2` are `float`s, which botocore rejects for an integer
/// member; `NaN`, `Infinity` and `-Infinity` (which Python's JSON reads) and `1e400` are floats too.
/// Integers are kept exactly, so a request is written back as it was read: `9007199254740993` and
/// `99999999999999999999` are neither rounded nor turned into a float.
#[derive(Clone, Debug, PartialEq)]
pub struct Number(Repr);

#[derive(Clone, Debug, PartialEq)]
enum Repr {
    Int(i64),
    /// An integer beyond `i64`: an optional `-`, then decimal digits without leading zeros.
    BigInt(Box<str>),
    Float(f64),
}

/// The most digits Python converts between an `int` and text (`sys.get_int_max_str_digits()`,
/// 4,300 since Python 3.11): longer integers the AWS CLI can neither read nor write.
pub const MAX_INT_DIGITS: usize = 4300;

/// Numbers with more characters than this are described rather than repeated in messages.
const MAX_SHOWN_CHARS: usize = 24;

impl Number {
    pub fn from_i64(value: i64) -> Self {
        Number(Repr::Int(value))
    }

    /// A Python `float`.
    pub fn float(value: f64) -> Self {
        Number(Repr::Float(value))
    }

    /// The integer with these ASCII decimal `digits` (leading zeros allowed), negated when
    /// `negative`; `None` when `digits` is empty or holds anything else.
    pub fn integer(negative: bool, digits: &str) -> Option<Self> {
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let significant = digits.trim_start_matches('0');
        if significant.is_empty() {
            return Some(Number::from_i64(0));
        }
        let signed = if negative { format!("-{significant}") } else { significant.to_owned() };
        Some(Number(match signed.parse::<i64>() {
            Ok(value) => Repr::Int(value),
            Err(_) => Repr::BigInt(signed.into_boxed_str()),
        }))
    }

    /// A JavaScript number: whole numbers (including -0, which is 0) are integers, like
    /// `Number.isInteger`, with the digits `JSON.stringify` writes (the shortest that read back as
    /// the same double, then zeros), so that a number reads the same as a value and as JSON text.
    pub fn from_js(value: f64) -> Self {
        if !(value.is_finite() && value.fract() == 0.0) {
            return Number::float(value);
        }
        // Up to 2^53 the shortest digits are the exact ones.
        if value.abs() <= 9_007_199_254_740_992.0 {
            return Number::from_i64(value as i64);
        }
        let (digits, exponent) = shortest_decimal(value.abs());
        let zeros = usize::try_from(exponent + 1).unwrap_or_default().saturating_sub(digits.len());
        Number::integer(value < 0.0, &format!("{digits}{}", "0".repeat(zeros))).unwrap_or(Number::float(value))
    }

    /// The value of a `float`; `None` for an integer.
    pub fn as_float(&self) -> Option<f64> {
        match self.0 {
            Repr::Float(value) => Some(value),
            _ => None,
        }
    }

    /// Whether the number is below zero (NaN is not).
    pub fn is_negative(&self) -> bool {
        match &self.0 {
            Repr::Int(value) => *value < 0,
            Repr::BigInt(digits) => digits.starts_with('-'),
            Repr::Float(value) => *value < 0.0,
        }
    }

    /// Whether the number is neither NaN nor infinite; integers always are.
    pub fn is_finite(&self) -> bool {
        self.as_float().is_none_or(f64::is_finite)
    }

    /// Whether the number is less than `bound` (NaN is not). An integer beyond `i64` is below
    /// every `i64` when negative and above every one otherwise.
    pub fn is_below(&self, bound: i64) -> bool {
        match &self.0 {
            Repr::Int(value) => *value < bound,
            Repr::BigInt(_) => self.is_negative(),
            Repr::Float(value) => *value < bound as f64,
        }
    }

    /// Whether the number is greater than `bound` (NaN is not).
    pub fn is_above(&self, bound: i64) -> bool {
        match &self.0 {
            Repr::Int(value) => *value > bound,
            Repr::BigInt(_) => !self.is_negative(),
            Repr::Float(value) => *value > bound as f64,
        }
    }

    /// Whether this is a Python `int` (rather than a `float`).
    pub fn is_integral(&self) -> bool {
        !matches!(self.0, Repr::Float(_))
    }

    /// The value as an `i64` when it is an integer that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            Repr::Int(value) => Some(value),
            _ => None,
        }
    }

    /// How many decimal digits an integer has; `None` for a float.
    pub fn digit_count(&self) -> Option<usize> {
        match &self.0 {
            Repr::Int(value) => Some(value.unsigned_abs().to_string().len()),
            Repr::BigInt(digits) => Some(digits.trim_start_matches('-').len()),
            Repr::Float(_) => None,
        }
    }

    /// Whether the number is too long to repeat in a message, which then gives its size (only
    /// integers can be that long; Python writes any float in at most 24 characters).
    pub fn is_long(&self) -> bool {
        self.digit_count().is_some_and(|digits| digits + 1 > MAX_SHOWN_CHARS)
    }
}

/// Written as Python writes the number (`repr`, which `json.dumps` uses): integers in full, floats
/// with a `.0` or an exponent so that they read back as floats, and `NaN`, `Infinity` and
/// `-Infinity`, which Python's JSON reads back.
impl std::fmt::Display for Number {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Repr::Int(value) => write!(f, "{value}"),
            Repr::BigInt(digits) => f.write_str(digits),
            Repr::Float(value) if value.is_nan() => f.write_str("NaN"),
            Repr::Float(value) if value.is_infinite() => {
                f.write_str(if *value > 0.0 { "Infinity" } else { "-Infinity" })
            }
            Repr::Float(value) => f.write_str(&finite_float_repr(*value)),
        }
    }
}

/// Python's `repr()` of a finite float: the shortest digits that read back as the same double,
/// with a `.0` or an exponent (below 1e-4 and from 1e16 on) so that they read back as a float.
pub(crate) fn finite_float_repr(value: f64) -> String {
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value == 0.0 {
        return format!("{sign}0.0");
    }
    let (digits, exponent) = shortest_decimal(value.abs());
    if (-4..16).contains(&exponent) {
        if exponent < 0 {
            // 0.0015
            return format!("{sign}0.{}{digits}", "0".repeat(exponent.unsigned_abs() as usize - 1));
        }
        // 30.5, 100.0
        let whole = exponent as usize + 1;
        return match digits.len() > whole {
            true => format!("{sign}{}.{}", &digits[..whole], &digits[whole..]),
            false => format!("{sign}{digits}{}.0", "0".repeat(whole - digits.len())),
        };
    }
    // 1e+300, 1.5e-07
    let (first, rest) = digits.split_at(1);
    let point = if rest.is_empty() { "" } else { "." };
    let exponent_sign = if exponent < 0 { '-' } else { '+' };
    format!("{sign}{first}{point}{rest}e{exponent_sign}{:02}", exponent.unsigned_abs())
}

/// The shortest decimal digits that read back as `magnitude` (positive and finite), and the power
/// of ten of the first: `1.5e-7` is `("15", -7)`. The digits come from the platform's formatter
/// (see `engine`), in scientific form, which both platforms write as `1.5e-7` or `1.5e+21`.
fn shortest_decimal(magnitude: f64) -> (String, i32) {
    let text = crate::engine::shortest_scientific(magnitude);
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    (digits, exponent.trim_start_matches('+').parse().unwrap_or_default())
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
        // Indexed lookups keep comparing large maps (thousands of tags) fast.
        let theirs = KeyIndex::new(other.members.iter().map(|(key, _)| key.as_str()));
        self.iter().all(|(key, value)| theirs.position(key).is_some_and(|at| other.members[at].1 == *value))
    }
}

impl Object {
    pub fn new() -> Self {
        Object::default()
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        // Lengths and first bytes tell most names apart without a call to compare the rest, which
        // WebAssembly makes byte by byte.
        let same = |k: &str| k.len() == key.len() && k.as_bytes().first() == key.as_bytes().first() && k == key;
        self.members.iter().find(|(k, _)| same(k)).map(|(_, v)| v)
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

    /// An object of members whose keys are already distinct, such as a JavaScript object's own
    /// keys: nothing to search for repeats.
    pub(crate) fn from_distinct(members: Vec<(String, Value)>) -> Self {
        Object { members }
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

/// Collects members, a repeated key keeping the first position and the last value. Small objects
/// (every request structure) are searched directly; large ones (a JSON object with thousands of
/// keys) are deduplicated by sorting, so collecting stays fast.
impl FromIterator<(String, Value)> for Object {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        const SORTED_FROM: usize = 32;
        let mut members: Vec<(String, Value)> = Vec::new();
        for (key, value) in iter {
            if members.len() >= SORTED_FROM {
                members.push((key, value));
                continue;
            }
            match members.iter().position(|(k, _)| *k == key) {
                Some(at) => members[at].1 = value,
                None => members.push((key, value)),
            }
        }
        if members.len() > SORTED_FROM {
            members = without_repeats(members);
        }
        Object { members }
    }
}

/// `members` with each repeated key once, at its first position with its last value.
fn without_repeats(members: Vec<(String, Value)>) -> Vec<(String, Value)> {
    // For each position: the position whose value it takes, or None for a repeat.
    let mut source: Vec<Option<usize>> = (0..members.len()).map(Some).collect();
    let index = KeyIndex::new(members.iter().map(|(key, _)| key.as_str()));
    for run in index.runs() {
        if let [first, .., last] = run {
            source[*first] = Some(*last);
            for repeat in &run[1..] {
                source[*repeat] = None;
            }
        }
    }
    let (keys, values): (Vec<String>, Vec<Value>) = members.into_iter().unzip();
    let mut values: Vec<Option<Value>> = values.into_iter().map(Some).collect();
    let mut kept = Vec::new();
    for (key, from) in keys.into_iter().zip(source) {
        if let Some(value) = from.and_then(|from| values[from].take()) {
            kept.push((key, value));
        }
    }
    kept
}

/// Sorts `order`, stably, by `compare`. Every sort of the crate goes through this one function, so
/// the .wasm carries one copy of the sorting code.
pub(crate) fn sort_indexes(order: &mut [usize], compare: &dyn Fn(usize, usize) -> std::cmp::Ordering) {
    order.sort_by(|a, b| compare(*a, *b));
}

/// Positions by key, sorted for binary search: a map index with no hashing code in the .wasm.
pub(crate) struct KeyIndex<'a> {
    keys: Vec<&'a str>,
    /// The positions, by key; a repeated key's positions in order.
    order: Vec<usize>,
}

impl<'a> KeyIndex<'a> {
    pub fn new(keys: impl Iterator<Item = &'a str>) -> Self {
        let keys: Vec<&str> = keys.collect();
        let mut order: Vec<usize> = (0..keys.len()).collect();
        sort_indexes(&mut order, &|a, b| keys[a].cmp(keys[b]));
        KeyIndex { keys, order }
    }

    /// The position of `key` (of one of them when it repeats).
    pub fn position(&self, key: &str) -> Option<usize> {
        let at = self.order.binary_search_by(|at| self.keys[*at].cmp(key)).ok()?;
        Some(self.order[at])
    }

    /// The positions of each key, in order.
    fn runs(&self) -> impl Iterator<Item = &[usize]> {
        self.order.chunk_by(|a, b| self.keys[*a] == self.keys[*b])
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

    pub fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(n) => Some(n),
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
            Value::Number(_) => "a float",
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
    fn numbers_print_as_python_writes_them() {
        let float = |v: f64| Number::float(v).to_string();
        assert_eq!(Number::from_js(-0.0).to_string(), "0");
        assert_eq!(Number::from_js(60.0).to_string(), "60");
        assert_eq!(Number::from_js(1e21).to_string(), "1000000000000000000000");
        assert_eq!(Number::from_js(-1e300).to_string().len(), 302, "the double's exact digits");
        assert_eq!(
            [float(100.0), float(30.5), float(-0.0), float(1e15)],
            ["100.0", "30.5", "-0.0", "1000000000000000.0"]
        );
        assert_eq!(
            [float(1e16), float(1e300), float(1.5e-7), float(1.2345678901234568e20)],
            ["1e+16", "1e+300", "1.5e-07", "1.2345678901234568e+20"]
        );
        assert_eq!(
            [float(0.0001), float(0.00015), float(-2.5e-5), float(5e-324), float(f64::MAX), float(123456.789)],
            ["0.0001", "0.00015", "-2.5e-05", "5e-324", "1.7976931348623157e+308", "123456.789"]
        );
        assert_eq!(Number::from_js(2f64.powi(70)).to_string(), "1180591620717411300000");
        assert_eq!(Number::from_js(-(2f64.powi(62))).to_string(), "-4611686018427388000");
        assert_eq!(Number::from_js(2f64.powi(53)).to_string(), "9007199254740992");
        assert_eq!([float(f64::NAN), float(f64::INFINITY), float(f64::NEG_INFINITY)], ["NaN", "Infinity", "-Infinity"]);
    }

    #[test]
    fn integers_are_exact_however_long() {
        let int = |digits: &str| Number::integer(false, digits).unwrap();
        assert_eq!(int("9007199254740993").to_string(), "9007199254740993");
        assert_eq!(int("9007199254740993").as_i64(), Some(9_007_199_254_740_993));
        assert_eq!(Number::integer(true, "0099999999999999999999").unwrap().to_string(), "-99999999999999999999");
        assert_eq!(Number::integer(true, "000").unwrap(), Number::from_i64(0));
        assert_eq!(int("99999999999999999999").as_i64(), None);
        assert!(int("99999999999999999999").is_integral());
        assert!(int(&"9".repeat(400)).is_above(i64::MAX) && int(&"9".repeat(400)).is_finite());
        assert!(Number::integer(true, &"9".repeat(400)).unwrap().is_below(i64::MIN));
        assert_eq!(Number::integer(false, ""), None);
        assert_eq!(Number::integer(false, "1e3"), None);
        assert_eq!(Number::from_js(4.5).as_i64(), None);
        assert!(!Number::float(100.0).is_integral());
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
    fn large_objects_collect_by_sorting_with_the_same_result() {
        let pairs = (0..100).chain(0..100).map(|i| (format!("k{}", i % 70), Value::from(i as i64)));
        let o: Object = pairs.collect();
        assert_eq!(o.len(), 70);
        let keys: Vec<&str> = o.iter().map(|(k, _)| k).collect();
        let first_positions: Vec<String> = (0..70).map(|i| format!("k{i}")).collect();
        assert_eq!(keys, first_positions, "each key at its first position");
        assert_eq!(o.get("k5"), Some(&Value::from(75)), "the last value wins");
        assert_eq!(o.get("k69"), Some(&Value::from(69)));
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
