//! The shorthand parser against awscli 1.46.3's observed behaviour, and the writer against the
//! parser. `tests/differential/shorthand.py` compares the parser with the real CLI directly.
#![cfg(not(target_arch = "wasm32"))] // property tests, processes and shells need a native host

use connect_user_validator::syntax::json;
use connect_user_validator::syntax::shorthand::{self, ShorthandErrorKind, MAX_NESTING, MAX_WRITTEN_NESTING};
use connect_user_validator::{Number, Object, Value};
use proptest::prelude::*;

/// Input, then the value as JSON or the exact `str(exception)` and index. Every expectation is
/// the output of `awscli.shorthand.ShorthandParser().parse` (awscli 1.46.3).
type Case = (&'static str, Result<&'static str, (&'static str, usize)>);

#[rustfmt::skip]
const CASES: &[Case] = &[
    // awscli's own tests (tests/unit/test_shorthand.py)
    ("foo=bar", Ok(r##"{"foo": "bar"}"##)),
    ("foo=bar,baz=qux", Ok(r##"{"foo": "bar", "baz": "qux"}"##)),
    ("foo=", Ok(r##"{"foo": ""}"##)),
    ("foo=,bar=", Ok(r##"{"foo": "", "bar": ""}"##)),
    ("foo=\u{2713},\u{2713}", Ok(r##"{"foo": ["\u2713", "\u2713"]}"##)),
    ("foo=a,b,c,bar=d,e,f", Ok(r##"{"foo": ["a", "b", "c"], "bar": ["d", "e", "f"]}"##)),
    ("foo=a,b=with trailing space  ", Ok(r##"{"foo": "a", "b": "with trailing space"}"##)),
    ("aws:service:region:124:foo/bar=baz", Ok(r##"{"aws:service:region:124:foo/bar": "baz"}"##)),
    ("foo=[]", Ok(r##"{"foo": []}"##)),
    ("foo=[a,b],bar=c,d", Ok(r##"{"foo": ["a", "b"], "bar": ["c", "d"]}"##)),
    ("foo=[a=b,c=d]", Ok(r##"{"foo": ["a=b", "c=d"]}"##)),
    ("foo  =  [ a , b  , c  ]", Ok(r##"{"foo": ["a", "b", "c"]}"##)),
    ("foo=[,,]", Ok(r##"{"foo": ["", ""]}"##)),
    ("foo='bar,baz'", Ok(r##"{"foo": "bar,baz"}"##)),
    ("foo=bar,'--option=bar space'", Ok(r##"{"foo": ["bar", "--option=bar space"]}"##)),
    ("foo='bar\\'baz'", Ok(r##"{"foo": "bar'baz"}"##)),
    ("foo='bar\\\\baz'", Ok(r##"{"foo": "bar\\baz"}"##)),
    ("foo=\"bar\",\"baz\"", Ok(r##"{"foo": ["bar", "baz"]}"##)),
    ("foo=\"bar\\\"baz\"", Ok(r##"{"foo": "bar\"baz"}"##)),
    ("foo=a\\,b", Ok(r##"{"foo": "a,b"}"##)),
    ("foo=\\,", Ok(r##"{"foo": ","}"##)),
    ("foo=a,b\\,", Ok(r##"{"foo": ["a", "b,"]}"##)),
    ("foo=a,\\,bc", Ok(r##"{"foo": ["a", ",bc"]}"##)),
    ("a = b,  c = d , e = f", Ok(r##"{"a": "b", "c": "d", "e": "f"}"##)),
    ("foo = ", Ok(r##"{"foo": ""}"##)),
    ("Name=foo,Values=  a  ,  b  ,  c  ", Ok(r##"{"Name": "foo", "Values": ["a", "b", "c"]}"##)),
    ("A=b,\nC=d,\nE=f\n", Ok(r##"{"A": "b", "C": "d", "E": "f"}"##)),
    ("a={b={c=d,e=f},g=h}", Ok(r##"{"a": {"b": {"c": "d", "e": "f"}, "g": "h"}}"##)),
    ("Name=[{foo=[a,b]}, {bar=[c,d]}]", Ok(r##"{"Name": [{"foo": ["a", "b"]}, {"bar": ["c", "d"]}]}"##)),
    ("foo@=a,b,bar=c,d", Ok(r##"{"foo": ["a", "b"], "bar": ["c", "d"]}"##)),
    ("foo  @=  [ a , b  , c  ]", Ok(r##"{"foo": ["a", "b", "c"]}"##)),
    ("Name=[{foo@=bar}, {baz=qux}]", Ok(r##"{"Name": [{"foo": "bar"}, {"baz": "qux"}]}"##)),
    ("foo", Err(("Expected: '=', received: 'EOF' for input:\nfoo\n   ^", 3))),
    ("foo=\"bar", Err(("Expected: '<double quoted>', received: '<none>' for input:\nfoo=\"bar\n    ^", 4))),
    ("\"foo=bar", Err(("Expected: '=', received: '\"' for input:\n\"foo=bar\n^", 0))),
    ("foo='bar", Err(("Expected: '<singled quoted>', received: '<none>' for input:\nfoo='bar\n    ^", 4))),
    ("foo=[bar", Err(("Expected: ',', received: 'EOF' for input:\nfoo=[bar\n        ^", 8))),
    ("foo={bar", Err(("Expected: '=', received: 'EOF' for input:\nfoo={bar\n        ^", 8))),
    ("foo={bar}", Err(("Expected: '=', received: '}' for input:\nfoo={bar}\n        ^", 8))),
    ("foo={bar=bar", Err(("Expected: ',', received: 'EOF' for input:\nfoo={bar=bar\n            ^", 12))),
    ("foo=bar,", Err(("Expected: '<second>', received: '<none>' for input:\nfoo=bar,\n        ^", 8))),
    ("foo==bar,\nbar=baz", Err(("Expected: ',', received: '=' for input:\nfoo==bar,\n    ^\nbar=baz", 4))),
    ("foo=bar,foo=qux", Err(("Second instance of key \"foo\" encountered for input:\nfoo=bar,foo=qux\n        ^\nThis is often because there is a preceding \",\" instead of a space.", 8))),
    // The reference note, sections 2.2 to 2.5
    (" a=1", Err(("Expected: '=', received: 'a' for input:\n a=1\n ^", 1))),
    ("Cost Center=1", Err(("Expected: '=', received: 'C' for input:\nCost Center=1\n     ^", 5))),
    ("=v", Ok(r##"{"": "v"}"##)),
    ("k=v k2=v2", Ok(r##"{"k": "v k2=v2"}"##)),
    ("foo=]", Ok(r##"{"foo": "]"}"##)),
    ("FirstName=O'Brien", Err(("Expected: ',', received: ''' for input:\nFirstName=O'Brien\n           ^", 11))),
    ("FirstName=\u{1f600}", Err(("Expected: ',', received: '\u{1f600}' for input:\nFirstName=\u{1f600}\n          ^", 10))),
    ("a=\\\\,b=1", Ok(r##"{"a": "\\,b=1"}"##)),
    ("a=a\\b", Ok(r##"{"a": "a\\b"}"##)),
    ("a=\u{a0}x\u{a0}", Ok(r##"{"a": "\u00a0x"}"##)),
    ("a=\"x\"y", Err(("Expected: ',', received: 'y' for input:\na=\"x\"y\n     ^", 5))),
    ("foo=a,b]", Ok(r##"{"foo": ["a", "b]"]}"##)),
    ("foo=a,b=c", Ok(r##"{"foo": "a", "b": "c"}"##)),
    ("foo=bar,,baz=1", Ok(r##"{"foo": "bar", "baz": "1"}"##)),
    ("foo=a,,b", Err(("Expected: '=', received: 'EOF' for input:\nfoo=a,,b\n        ^", 8))),
    ("foo=a,b, ", Err(("Expected: '<second>', received: '<none>' for input:\nfoo=a,b, \n         ^", 9))),
    ("a=[x] ", Err(("Expected: ',', received: 'EOF' for input:\na=[x] \n      ^", 6))),
    ("a={b=1,a=2,b=3}", Ok(r##"{"a": {"b": "3", "a": "2"}}"##)),
    ("a=[a,]", Ok(r##"{"a": ["a"]}"##)),
    ("a=b,c==d", Err(("Expected: ',', received: '=' for input:\na=b,c==d\n      ^", 6))),
    ("a={b", Err(("Expected: '=', received: 'EOF' for input:\na={b\n    ^", 4))),
    ("A=1,\nB==2", Err(("Expected: ',', received: '=' for input:\nA=1,\nB==2\n  ^", 7))),
    ("a=b,\nc=d,\nc=e", Err(("Second instance of key \"c\" encountered for input:\na=b,\nc=d,\n    ^\nc=e\nThis is often because there is a preceding \",\" instead of a space.", 9))),
    ("", Err(("Expected: '=', received: 'EOF' for input:\n\n^", 0))),
    // More traps
    ("a=x\u{3000},b=x\u{85},c=x\u{1c}", Ok(r##"{"a": "x", "b": "x", "c": "x"}"##)),
    ("a=\u{1c}x", Err(("Expected: ',', received: '\u{1c}' for input:\na=\u{1c}x\n  ^", 2))),
    ("a= \u{a0}x", Ok(r##"{"a": "\u00a0x"}"##)),
    ("a='x\\\\',b='y'", Err(("Expected: ',', received: 'y' for input:\na='x\\\\',b='y'\n           ^", 11))),
    ("a=\"x\\\\\",b=\\\"y\\\"", Ok(r##"{"a": "x\\\",b=\"y\\"}"##)),
    ("foo=a,\"b,c\"x", Err(("Expected: '=', received: '\"' for input:\nfoo=a,\"b,c\"x\n          ^", 10))),
    ("foo=a,b\\,c=d", Ok(r##"{"foo": "a", "c": "d"}"##)),
    ("a={a=}", Err(("Expected: ',', received: 'EOF' for input:\na={a=}\n      ^", 6))),
    ("a={=x,}", Ok(r##"{"a": {"": "x"}}"##)),
    ("a=[}]", Ok(r##"{"a": ["}"]}"##)),
    ("a={a=1,2}", Err(("Expected: '=', received: '}' for input:\na={a=1,2}\n        ^", 8))),
    ("a=x ,a=y", Err(("Second instance of key \"a\" encountered for input:\na=x ,a=y\n     ^\nThis is often because there is a preceding \",\" instead of a space.", 5))),
    ("a@={b=file://x}", Ok(r##"{"a": {"b": "file://x"}}"##)),
    ("a@=http://x", Ok(r##"{"a": "http://x"}"##)),
    ("a=\u{ffff},\u{ffff}", Ok(r##"{"a": ["\uffff", "\uffff"]}"##)),
    ("a=\u{1f600},b=1", Err(("Expected: ',', received: '\u{1f600}' for input:\na=\u{1f600},b=1\n  ^", 2))),
    ("a=x\u{0}y", Err(("Expected: ',', received: '\u{0}' for input:\na=x\u{0}y\n   ^", 3))),
    ("a=[\n1,\n2 3\n]\n", Err(("Expected: ',', received: 'EOF' for input:\na=[\n1,\n2 3\n]\n\n^", 13))),
];

#[test]
fn values_and_errors_match_the_cli() {
    for &(input, expected) in CASES {
        let actual = shorthand::parse(input);
        match expected {
            Ok(value) => {
                let value = json::parse(value).unwrap_or_else(|e| panic!("bad expectation for {input:?}: {e}"));
                assert_eq!(actual, Ok(value), "input {input:?}");
            }
            Err((message, index)) => {
                let error = actual.expect_err(input);
                assert_eq!((error.message.as_str(), error.index), (message, index), "input {input:?}");
                let kind = if message.starts_with("Second instance") {
                    ShorthandErrorKind::DuplicateKey
                } else {
                    ShorthandErrorKind::Syntax
                };
                assert_eq!(error.kind, kind, "input {input:?}");
            }
        }
    }
}

fn file_reference_at(input: &str) -> usize {
    let error = shorthand::parse(input).expect_err(input);
    assert_eq!(error.kind, ShorthandErrorKind::FileReference, "input {input:?}: {}", error.message);
    error.index
}

#[test]
fn at_equals_file_values_are_refused_where_the_cli_would_read_a_file() {
    assert_eq!(file_reference_at("a@=file://x"), 3);
    assert_eq!(file_reference_at("a @ = fileb://x"), 6);
    assert_eq!(file_reference_at("a@=\"file://x\""), 3);
    assert_eq!(file_reference_at("a@=[b, file://x]"), 7);
    // The CLI reads the file before finding that `file://y` is the next key, not a second value.
    assert_eq!(file_reference_at("a@=x,file://y=z"), 5);
    // The flag is left as the last key inside `{}` set it.
    assert_eq!(file_reference_at("a=[{b@=x},file://y]"), 10);
    let message = shorthand::parse("a@=file://x.txt").expect_err("file").message;
    assert_eq!(
        message,
        "Unable to load paramfile file://x.txt: this tool cannot read files; paste the file's content instead"
    );
    // Without `@=`, inside `{}` after `@=`, or for other prefixes, the text is the value.
    for (input, value) in [
        ("a=file://x", r#"{"a": "file://x"}"#),
        ("a@={b=file://x}", r#"{"a": {"b": "file://x"}}"#),
        ("a@=[{b=x},file://y]", r#"{"a": [{"b": "x"}, "file://y"]}"#),
        ("a@=http://x", r#"{"a": "http://x"}"#),
        ("a@=File://x", r#"{"a": "File://x"}"#),
    ] {
        assert_eq!(shorthand::parse(input).ok(), json::parse(value).ok(), "input {input:?}");
    }
}

#[test]
fn nesting_is_capped() {
    // awscli reads 494 levels (495 with an empty innermost list) before its RecursionError.
    const { assert!(MAX_NESTING >= 495) };
    let nested = |depth: usize| format!("a={}x{}", "{b=".repeat(depth), "}".repeat(depth));
    assert!(shorthand::parse(&nested(MAX_NESTING)).is_ok());
    let error = shorthand::parse(&nested(MAX_NESTING + 1)).expect_err("too deep");
    assert_eq!((error.kind, error.index), (ShorthandErrorKind::Syntax, 2 + 3 * MAX_NESTING));
    assert!(error.message.starts_with(&format!("Nesting deeper than {MAX_NESTING} levels")), "{}", error.message);
    let lists = format!("a={}{}", "[".repeat(MAX_NESTING + 1), "]".repeat(MAX_NESTING + 1));
    assert_eq!(shorthand::parse(&lists).expect_err("too deep").index, 2 + MAX_NESTING);
    // Inside a hash inside a list, after other members: the index is the first `[` too many.
    let mixed = format!("a=1,b={}{{k=v,c=x}}{}", "[{c=".repeat(MAX_NESTING / 2), "}]".repeat(MAX_NESTING / 2));
    let error = shorthand::parse(&mixed).expect_err("too deep");
    assert_eq!(error.index, 6 + 4 * (MAX_NESTING / 2), "{}", error.message);
}

#[test]
fn nesting_is_safe_on_a_small_stack() {
    // The parser keeps no stack per level; dropping the value takes some.
    let deepest = format!("a={}x{}", "[{b=".repeat(MAX_NESTING / 2), "}]".repeat(MAX_NESTING / 2));
    let beyond = format!("a={}", "[{b=".repeat(1_000_000));
    let parsed = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || (shorthand::parse(&deepest).is_ok(), shorthand::parse(&beyond).is_err()))
        .expect("thread")
        .join()
        .expect("no stack overflow");
    assert_eq!(parsed, (true, true));
}

/// Inputs of about `n` characters that are slow or deep for a naive port.
fn pathological(n: usize) -> Vec<String> {
    let repeat = |unit: &str| unit.repeat(n / unit.chars().count());
    vec![
        format!("foo=\"{}", repeat("\\")),
        format!("foo='{}", repeat("\\")),
        format!("foo=\"{}", repeat("\\\"")),
        format!("foo='{}x", repeat("\\'")),
        format!("a=\"{}\"", repeat("\\\"")),
        format!("a=b,\"{}\"x", repeat(",")),
        format!("a=b,'{}'x", repeat("\\',")),
        format!("a=b,{}=", repeat("c")),
        format!("a=b,{}", repeat("c\\,")),
        format!("a={}", repeat("b,")),
        format!("a={}b", repeat("b,'\\',")),
        format!("a={}", repeat("x,\"\\\",")),
        format!("a=b{}", repeat(",b=\"")),
        format!("a=[{}]", repeat("a,")),
        format!("a={{{}}}", repeat("k=v,")),
        format!("a=x,{}", repeat("k=x,")),
        repeat("k=v,"),
        repeat("["),
        repeat("{"),
        format!("a={}", repeat("[")),
        format!("a={}", repeat("{b=")),
        format!("a={}", repeat("[{b=")),
        format!("a={}", repeat(" ")),
        format!("a={}", repeat("\n")),
        format!("a=b{}", repeat("\u{a0}")),
        format!("a=b,{}", repeat("\u{1f600}")),
        repeat("\\"),
        repeat("\""),
        repeat("'"),
        repeat(","),
    ]
}

/// No timing here (shared machines are noisy): a quadratic scan of 200,000 characters would not
/// finish, and `make fuzz` measures the growth.
#[test]
fn pathological_inputs_finish() {
    for input in pathological(200_000) {
        let result = shorthand::parse(&input);
        let head: String = input.chars().take(24).collect();
        if let Err(error) = result {
            assert!(error.index <= input.chars().count(), "{head:?}…");
        }
    }
}

/// Text built from the grammar's characters: delimiters, quotes, escapes, ASCII and Unicode
/// whitespace, controls, the BMP edge and non-BMP.
fn grammar_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a", "b", "=", "@", ",", "[", "]", "{", "}", "\"", "'", "\\", "\\,", " ", "\t", "\n", "\r", "\u{a0}", "\u{85}",
        "\u{1c}", "\u{3000}", "\u{0}", "\u{1b}", "é", "😀", "\u{ffff}", "#", "/", ":", ".", "-", "k=", "file://",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|pieces| pieces.concat())
}

fn check_parse(input: &str) -> Result<(), TestCaseError> {
    match shorthand::parse(input) {
        Ok(value) => prop_assert!(matches!(value, Value::Object(_))),
        Err(error) => {
            prop_assert!(error.index <= input.chars().count());
            if error.kind == ShorthandErrorKind::Syntax {
                prop_assert!(error.message.contains(" for input:\n"));
            }
        }
    }
    Ok(())
}

/// A string that shorthand has to quote, escape or refuse.
fn nasty_string() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a", "Mary", "b c", ",", "=", "\"", "'", "[", "]", "{", "}", "\\", "\\,", " ", "\t", "\n", "\r", "\u{a0}",
        "\u{85}", "\u{1c}", "\u{3000}", "😀", "é", "-", "@", "#", "file://x", "\u{ffff}", "\u{feff}",
    ]);
    prop_oneof![
        6 => prop::collection::vec(pieces, 0..8).prop_map(|pieces| pieces.concat()),
        1 => any::<String>(),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => "[A-Za-z0-9_.#/:-]{0,6}",
        1 => prop::sample::select(vec!["a b", "é", "a=b", "a,b", "@"]).prop_map(str::to_owned),
    ]
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        8 => nasty_string().prop_map(Value::String),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => any::<i64>().prop_map(Value::from),
        1 => prop_oneof![
            Just(Value::Null),
            Just(Value::Number(Number::from_js(0.5))),
            Just(Value::Number(Number::from_js(f64::NAN))),
            Just(Value::Unsupported("a function")),
        ],
    ];
    leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..4)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

fn any_object() -> impl Strategy<Value = Object> {
    prop::collection::vec((key(), any_value()), 0..5).prop_map(|members| members.into_iter().collect())
}

/// What the object reads back as: shorthand values are strings, so booleans and numbers become
/// their text.
fn as_shorthand_reads_it(value: &Value) -> Value {
    match value {
        Value::Bool(b) => Value::String(b.to_string()),
        Value::Number(n) => Value::String(n.to_string()),
        Value::Array(items) => Value::Array(items.iter().map(as_shorthand_reads_it).collect()),
        Value::Object(members) => Value::Object(object_as_shorthand_reads_it(members)),
        other => other.clone(),
    }
}

fn object_as_shorthand_reads_it(members: &Object) -> Object {
    members.iter().map(|(key, value)| (key.to_owned(), as_shorthand_reads_it(value))).collect()
}

/// Whether shorthand can carry the value for sure; strings ending in `\` may or may not fit.
fn surely_expressible(value: &Value) -> Option<bool> {
    match value {
        Value::Null | Value::Unsupported(_) => Some(false),
        Value::Number(n) => Some(n.is_integral()),
        Value::Bool(_) => Some(true),
        Value::String(s) if s.contains('\0') => Some(false),
        Value::String(s) => (!s.ends_with('\\')).then_some(true),
        Value::Array(items) => all_expressible(items.iter()),
        Value::Object(members) => members_expressible(members),
    }
}

fn members_expressible(members: &Object) -> Option<bool> {
    let keys_fit =
        members.iter().all(|(key, _)| key.chars().all(|c| c.is_ascii_alphanumeric() || "_.#/:-".contains(c)));
    if !keys_fit {
        return Some(false);
    }
    all_expressible(members.iter().map(|(_, value)| value))
}

/// `Some(false)` if any is inexpressible, `None` if any is uncertain, else `Some(true)`.
fn all_expressible<'a>(values: impl Iterator<Item = &'a Value>) -> Option<bool> {
    let mut certain = true;
    for value in values {
        match surely_expressible(value) {
            Some(false) => return Some(false),
            None => certain = false,
            Some(true) => {}
        }
    }
    certain.then_some(true)
}

proptest! {
    // PROPTEST_CASES raises the count for `make fuzz`.
    #![proptest_config(ProptestConfig { cases: ProptestConfig::default().cases.max(2000), ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics_on_any_text(input in any::<String>()) {
        check_parse(&input)?;
    }

    #[test]
    fn parse_never_panics_on_grammar_text(input in grammar_text()) {
        check_parse(&input)?;
    }

    #[test]
    fn written_words_read_back_as_the_object(members in any_object()) {
        let written = shorthand::write(&members);
        if let Some(word) = &written {
            prop_assert!(!word.contains('\0'));
            let read = shorthand::parse(word);
            prop_assert_eq!(read, Ok(Value::Object(object_as_shorthand_reads_it(&members))), "word {:?}", word);
        }
        let expressible = if members.is_empty() { Some(false) } else { members_expressible(&members) };
        match expressible {
            Some(true) => prop_assert!(written.is_some(), "refused {:?}", members),
            Some(false) => prop_assert!(written.is_none(), "wrote {:?}", written),
            None => {}
        }
    }
}

fn object(members: &[(&str, Value)]) -> Object {
    members.iter().map(|(key, value)| (key.to_string(), value.clone())).collect()
}

fn strings(items: &[&str]) -> Value {
    Value::Array(items.iter().map(|&s| Value::from(s)).collect())
}

#[test]
fn writes_the_simplest_word() {
    let cases: Vec<(Object, &str)> = vec![
        (object(&[("FirstName", "Mary".into()), ("LastName", "Major".into())]), "FirstName=Mary,LastName=Major"),
        (
            object(&[
                ("PhoneType", "DESK_PHONE".into()),
                ("AutoAccept", true.into()),
                ("AfterContactWorkTimeLimit", 60.into()),
            ]),
            "PhoneType=DESK_PHONE,AutoAccept=true,AfterContactWorkTimeLimit=60",
        ),
        (object(&[("DeskPhoneNumber", "+15555551212".into())]), "DeskPhoneNumber=+15555551212"),
        (
            object(&[
                ("Channel", "VOICE".into()),
                ("AfterContactWorkConfig", Value::Object(object(&[("AfterContactWorkTimeLimit", 30.into())]))),
            ]),
            "Channel=VOICE,AfterContactWorkConfig={AfterContactWorkTimeLimit=30}",
        ),
        (
            object(&[("a", strings(&["x"])), ("b", strings(&[])), ("c", Value::Object(Object::new()))]),
            "a=[x],b=[],c={}",
        ),
        (
            object(&[("a", "".into()), ("b", strings(&["", "x"])), ("c", Value::Object(object(&[("d", "".into())])))]),
            r#"a=,b=["",x],c={d=""}"#,
        ),
        (
            object(&[
                ("a", "x=y".into()),
                ("b", "-1".into()),
                ("c", "file://x".into()),
                ("d", "\u{a0}x".into()),
                ("e", "a b".into()),
            ]),
            "a=x=y,b=-1,c=file://x,d=\u{a0}x,e=a b",
        ),
        (
            object(&[
                ("a", "O'Brien".into()),
                ("b", "a,b".into()),
                ("c", " x".into()),
                ("d", "x\u{a0}".into()),
                ("e", "😀".into()),
            ]),
            "a=\"O'Brien\",b=\"a,b\",c=\" x\",d=\"x\u{a0}\",e=\"😀\"",
        ),
        (
            object(&[
                ("a", "]x".into()),
                ("b", "}".into()),
                ("c", "[x]".into()),
                ("d", "a\\,b".into()),
                ("e", "say \"hi\"".into()),
            ]),
            r#"a="]x",b="}",c="[x]",d="a\\,b",e="say \"hi\"""#,
        ),
        (object(&[("a", "x\\".into()), ("b", "y".into())]), r#"a="x\\",b=y"#),
        (object(&[("a", "x\\".into()), ("b", "\"".into())]), r#"a='x\\',b="\"""#),
        (object(&[("", "v".into()), ("k", Value::Object(object(&[("", "w".into())])))]), "=v,k={=w}"),
    ];
    for (members, word) in cases {
        assert_eq!(shorthand::write(&members).as_deref(), Some(word));
        assert_eq!(shorthand::parse(word), Ok(Value::Object(object_as_shorthand_reads_it(&members))), "word {word:?}");
    }
}

#[test]
fn refuses_what_shorthand_cannot_express() {
    let nest = |levels: usize| (0..levels).fold(Value::from("x"), |inner, _| Value::Array(vec![inner]));
    // The deepest value written still reads back as itself; one level more is refused.
    let deepest = object(&[("a", nest(MAX_WRITTEN_NESTING))]);
    let word = shorthand::write(&deepest).expect("written");
    assert_eq!(shorthand::parse(&word), Ok(Value::Object(deepest)));
    let deep = nest(MAX_WRITTEN_NESTING + 1);
    let refused = [
        Object::new(),
        object(&[("a b", "x".into())]),
        object(&[("é", "x".into())]),
        object(&[("a", Value::Null)]),
        object(&[("a", Value::Unsupported("a function"))]),
        object(&[("a", Value::Number(Number::from_js(1.5)))]),
        object(&[("a", Value::Number(Number::from_js(f64::INFINITY)))]),
        object(&[("a", "x\0y".into())]),
        object(&[("a", Value::Array(vec![Value::Null]))]),
        object(&[("a", "x\\".into()), ("b", "'\"".into())]),
        object(&[("a", "x\\".into()), ("b", "y\\".into()), ("c", "z\\".into())]),
        object(&[("a", deep)]),
    ];
    for members in refused {
        assert_eq!(shorthand::write(&members), None, "{members:?}");
    }
}
