//! The AWS CLI's shorthand syntax (`FirstName=Mary,LastName=Major`), model-free.
//!
//! [`parse`] is a port of `ShorthandParser` from awscli 1.46.3 (`awscli/shorthand.py`): the same
//! values, the same error messages and the same error indexes, counted in code points as Python
//! `str` indexes are. Its regexes are hand-written scanners here, so every input is read in linear
//! time (Python's quoted-string regex backtracks). [`write`] is the inverse: one shorthand argv
//! word for an object, or `None` when shorthand cannot carry it.

use crate::value::{Object, Value};
use std::collections::HashSet;

/// Why a shorthand text could not be parsed, as awscli 1.46.3 reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShorthandError {
    /// Exactly `str(exception)` of the AWS CLI's parser, caret diagram included.
    pub message: String,
    /// The error index, in Unicode code points (Python `str` indexes).
    pub index: usize,
    /// The kind of failure.
    pub kind: ShorthandErrorKind,
    /// For [`ShorthandErrorKind::FileReference`], the value naming the file (`file://…` or
    /// `fileb://…`).
    pub paramfile: Option<String>,
}

impl ShorthandError {
    /// The message cut where it starts echoing the input: what is wrong, then ` for input:` with
    /// the caret diagram (empty when the message has none). Keys hold no spaces, so the first
    /// ` for input:` is that one.
    pub fn reason_and_input(&self) -> (&str, &str) {
        match self.message.find(" for input:") {
            Some(at) => self.message.split_at(at),
            None => (&self.message, ""),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShorthandErrorKind {
    /// `ShorthandParseSyntaxError`.
    Syntax,
    /// `DuplicateKeyInObjectError`.
    DuplicateKey,
    /// `key@=file://…` or `fileb://…`: the CLI would read a file here, which this parser cannot.
    FileReference,
}

/// How many `[` and `{` may nest in a value read. awscli 1.46.3's parser recurses twice a level up
/// to Python's recursion limit of 1000 frames: measured, it reads 494 levels when called directly
/// (495 when the innermost list is empty) and 486 inside `aws connect create-user`, and then fails
/// with a `RecursionError`. This reads a little more than that, so it takes every input the CLI
/// takes, and past it names the index. It keeps no stack per level.
pub const MAX_NESTING: usize = 500;

/// How many levels [`write`] nests. A real `aws connect create-user` run reads 486 and fewer when
/// Python's stack is deeper at the start (another launcher, a caller), so the writer stays well short
/// of that; a deeper value is written in the option's JSON syntax, which the CLI reads 980 deep.
pub const MAX_WRITTEN_NESTING: usize = 400;

/// Parses `text` as the AWS CLI does: the same values, errors and error indexes.
pub fn parse(text: &str) -> Result<Value, ShorthandError> {
    let chars: Vec<char> = text.chars().collect();
    let mut parser = Parser::new(&chars);
    parser.parameter().map_err(|failure| failure.into_error(&chars))
}

/// `parseShorthand`'s result as JSON: `{"ok":true,"value":…}` or `{"ok":false,"message":…,"index":…}`.
pub fn result_json(parsed: Result<Value, ShorthandError>) -> String {
    let mut result = Object::new();
    match parsed {
        Ok(value) => {
            result.insert("ok", Value::Bool(true));
            result.insert("value", value);
        }
        Err(error) => {
            result.insert("ok", Value::Bool(false));
            result.insert("message", Value::from(error.message));
            result.insert("index", Value::from(error.index as i64));
        }
    }
    super::json::to_string(&Value::Object(result), None)
}

/// Writes `members` as one shorthand word (`A=b,C={D=e},F=[g,h]`), or `None` when shorthand cannot
/// express it.
pub fn write(members: &Object) -> Option<String> {
    // An empty text is a syntax error, not an empty object.
    if members.is_empty() {
        return None;
    }
    let mut word = Word::default();
    for (position, (key, value)) in members.iter().enumerate() {
        if position > 0 {
            word.text(",");
        }
        word.member(key, value, Context::TopLevel, 0)?;
    }
    word.finish()
}

// ---------------------------------------------------------------------------------------------
// Character classes of `shorthand.py`'s regexes.

/// Python's `str.isspace()` (Python 3.11), which is also what the regex `\s` and `str.rstrip()`
/// use. Unlike Rust's `char::is_whitespace`, it includes U+001C..U+001F.
pub(crate) fn is_python_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\u{1c}'..='\u{20}'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// `string.whitespace`, which `_consume_whitespace` skips: ASCII only.
fn is_ascii_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}')
}

/// `_START_WORD`: the first character of a bare value.
fn is_start(c: char) -> bool {
    matches!(c, '!' | '#'..='&' | '('..='+' | '-'..='<' | '>'..='Z' | '\\'..='z' | '|'..='\u{ffff}')
}

/// `_FIRST_FOLLOW_CHARS`: later characters of a first value, list item or hash value.
fn is_first_follow(c: char) -> bool {
    is_python_space(c) || matches!(c, '!' | '#'..='&' | '('..='+' | '-'..='\\' | '^'..='|' | '~'..='\u{ffff}')
}

/// `_SECOND_FOLLOW_CHARS`: later characters of the second and later CSV values.
fn is_second_follow(c: char) -> bool {
    is_python_space(c) || matches!(c, '!' | '#'..='&' | '('..='+' | '-'..='<' | '>'..='\u{ffff}')
}

/// The characters `_key` accepts.
fn is_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '#' | '/' | ':')
}

/// `str.rstrip()`.
fn python_rstrip(text: &str) -> &str {
    text.trim_end_matches(is_python_space)
}

// ---------------------------------------------------------------------------------------------
// The parser.

/// What `_expect` or a regex wanted, as the message names it.
#[derive(Clone, Copy)]
enum Expected {
    Char(char),
    /// A regex's name in angle brackets, e.g. `<second>`.
    Token(&'static str),
}

/// What was found instead.
#[derive(Clone, Copy)]
enum Actual {
    Char(char),
    Eof,
    /// A regex that did not match: `<none>`.
    NoMatch,
}

/// A failed parse. Only `Syntax` is Python's `ShorthandParseSyntaxError`, the one failure that
/// `_csv_value` catches to backtrack; the message is built once, at the end.
enum Failure {
    Syntax { expected: Expected, actual: Actual, index: usize },
    DuplicateKey { key: String, index: usize },
    FileReference { value: String, index: usize },
    TooDeep { index: usize },
}

impl Failure {
    fn into_error(self, chars: &[char]) -> ShorthandError {
        let mut paramfile = None;
        let (message, index, kind) = match self {
            Failure::Syntax { expected, actual, index } => {
                let expected = match expected {
                    Expected::Char(c) => c.to_string(),
                    Expected::Token(name) => name.to_owned(),
                };
                let actual = match actual {
                    Actual::Char(c) => c.to_string(),
                    Actual::Eof => "EOF".to_owned(),
                    Actual::NoMatch => "<none>".to_owned(),
                };
                let location = error_location(chars, index);
                let message = format!("Expected: '{expected}', received: '{actual}' for input:\n{location}");
                (message, index, ShorthandErrorKind::Syntax)
            }
            Failure::DuplicateKey { key, index } => {
                let location = error_location(chars, index);
                let message = format!(
                    "Second instance of key \"{key}\" encountered for input:\n{location}\nThis is often because \
                     there is a preceding \",\" instead of a space."
                );
                (message, index, ShorthandErrorKind::DuplicateKey)
            }
            Failure::FileReference { value, index } => {
                let message = format!(
                    "Unable to load paramfile {value}: this tool cannot read files; paste the file's content instead"
                );
                paramfile = Some(value);
                (message, index, ShorthandErrorKind::FileReference)
            }
            Failure::TooDeep { index } => {
                let location = error_location(chars, index);
                let message = format!(
                    "Nesting deeper than {MAX_NESTING} levels of [ and {{ is not supported for input:\n{location}"
                );
                (message, index, ShorthandErrorKind::Syntax)
            }
        };
        ShorthandError { message, index, kind, paramfile }
    }
}

/// `ShorthandParseError._error_location`: the input with a caret line under `index`, inserted after
/// the line holding it.
fn error_location(chars: &[char], index: usize) -> String {
    let index = index.min(chars.len());
    let (before, after) = chars.split_at(index);
    let spaces = match before.iter().rposition(|&c| c == '\n') {
        Some(newline) => index - newline - 1,
        None => index,
    };
    let split = after.iter().position(|&c| c == '\n').map_or(chars.len(), |offset| index + offset);
    let (consumed, remaining) = chars.split_at(split);
    let mut out: String = consumed.iter().collect();
    out.push('\n');
    out.push_str(&" ".repeat(spaces));
    out.push('^');
    out.extend(remaining);
    out
}

/// A `[` or `{` being read: its items so far, and for a hash the key whose value is being read.
enum Container {
    List(Vec<Value>),
    Hash(Vec<(String, Value)>, String),
}

impl Container {
    fn close(&self) -> char {
        match self {
            Container::List(_) => ']',
            Container::Hash(..) => '}',
        }
    }

    fn into_value(self) -> Value {
        match self {
            Container::List(items) => Value::Array(items),
            Container::Hash(members, _) => Value::Object(members.into_iter().collect()),
        }
    }
}

struct Parser<'a> {
    chars: &'a [char],
    index: usize,
    /// Python's `_should_resolve_paramfiles`: set by `key@=`, reset by every key, including the keys
    /// inside `{}`, and left as the last key set it.
    resolve_paramfiles: bool,
    /// Where the last `'` and the last `"` of the whole input are; they bound the quoted-value scan.
    last_single_quote: Option<usize>,
    last_double_quote: Option<usize>,
}

impl<'a> Parser<'a> {
    fn new(chars: &'a [char]) -> Self {
        Parser {
            chars,
            index: 0,
            resolve_paramfiles: false,
            last_single_quote: chars.iter().rposition(|&c| c == '\''),
            last_double_quote: chars.iter().rposition(|&c| c == '"'),
        }
    }

    fn current(&self) -> Option<char> {
        self.chars.get(self.index).copied()
    }

    fn at_eof(&self) -> bool {
        self.index >= self.chars.len()
    }

    fn syntax(&self, expected: Expected, actual: Actual) -> Failure {
        Failure::Syntax { expected, actual, index: self.index }
    }

    fn consume_whitespace(&mut self) {
        while self.current().is_some_and(is_ascii_space) {
            self.index += 1;
        }
    }

    fn expect(&mut self, wanted: char, skip_whitespace: bool) -> Result<(), Failure> {
        if skip_whitespace {
            self.consume_whitespace();
        }
        match self.current() {
            None => Err(self.syntax(Expected::Char(wanted), Actual::Eof)),
            Some(found) if found != wanted => Err(self.syntax(Expected::Char(wanted), Actual::Char(found))),
            Some(_) => {
                self.index += 1;
                if skip_whitespace {
                    self.consume_whitespace();
                }
                Ok(())
            }
        }
    }

    /// `parameter = keyval *("," keyval)`, the whole input; a repeated key is an error here only.
    fn parameter(&mut self) -> Result<Value, Failure> {
        let mut seen = HashSet::new();
        let mut members = Vec::new();
        let (key, value) = self.keyval()?;
        seen.insert(key.clone());
        members.push((key, value));
        let mut last_index = self.index;
        while !self.at_eof() {
            self.expect(',', true)?;
            let (key, value) = self.keyval()?;
            if !seen.insert(key.clone()) {
                return Err(Failure::DuplicateKey { key, index: last_index + 1 });
            }
            members.push((key, value));
            last_index = self.index;
        }
        Ok(Value::Object(members.into_iter().collect()))
    }

    fn keyval(&mut self) -> Result<(String, Value), Failure> {
        let key = self.key_and_equals()?;
        Ok((key, self.values()?))
    }

    /// `key [@] =`, setting the paramfile flag as `_keyval` and `_hash_literal` do.
    fn key_and_equals(&mut self) -> Result<String, Failure> {
        let start = self.index;
        while self.current().is_some_and(is_key_char) {
            self.index += 1;
        }
        let key = self.chars[start..self.index].iter().collect();
        // `_expect('@', consume_whitespace=True)`, whose failure is ignored but whose skipped
        // whitespace stays skipped.
        self.consume_whitespace();
        self.resolve_paramfiles = self.current() == Some('@');
        if self.resolve_paramfiles {
            self.index += 1;
            self.consume_whitespace();
        }
        self.expect('=', true)?;
        Ok(key)
    }

    fn values(&mut self) -> Result<Value, Failure> {
        match self.current() {
            None => Ok(Value::String(String::new())),
            Some('[' | '{') => self.nested(),
            Some(_) => self.csv_value(),
        }
    }

    /// `foo=a` is a string, `foo=a,b` a list; a later item that does not parse (`foo=a,b=c`) ends
    /// the list at the comma before it, which the next key then starts from.
    fn csv_value(&mut self) -> Result<Value, Failure> {
        let first = self.first_value()?;
        self.consume_whitespace();
        if self.current() != Some(',') {
            return Ok(Value::String(first));
        }
        self.expect(',', true)?;
        let mut items = vec![first];
        loop {
            match self.csv_item() {
                Ok((item, last)) => {
                    items.push(item);
                    if last {
                        break;
                    }
                }
                Err(failure @ Failure::Syntax { .. }) => {
                    if self.at_eof() {
                        return Err(failure);
                    }
                    self.backtrack_to_comma();
                    break;
                }
                Err(failure) => return Err(failure),
            }
        }
        Ok(match <[String; 1]>::try_from(items) {
            Ok([only]) => Value::String(only),
            Err(items) => Value::Array(items.into_iter().map(Value::String).collect()),
        })
    }

    /// One second-or-later CSV value and the comma after it; `true` when the input ends after it.
    fn csv_item(&mut self) -> Result<(String, bool), Failure> {
        let item = self.second_value()?;
        self.consume_whitespace();
        if self.at_eof() {
            return Ok((item, true));
        }
        self.expect(',', true)?;
        Ok((item, false))
    }

    /// `_backtrack_to(',')`: back to the nearest comma at or before the index, even one inside a
    /// quoted value or a `\,`.
    fn backtrack_to_comma(&mut self) {
        // `_csv_value` consumed a comma before getting here, so the walk stops at one.
        while self.index > 0 && self.chars.get(self.index) != Some(&',') {
            self.index -= 1;
        }
    }

    /// `_explicit_list` and `_hash_literal`: the `[` or `{` at the current index, with everything
    /// nested in it. Python recurses through `_explicit_values` for each level; this keeps the
    /// enclosing containers in `parents` instead, so the stack stays flat whatever the depth. Each
    /// step is Python's own, in Python's order, which keeps its errors, indexes and paramfile flag.
    fn nested(&mut self) -> Result<Value, Failure> {
        let mut parents: Vec<Container> = Vec::new();
        let mut innermost = self.open(0)?;
        loop {
            let close = innermost.close();
            if self.current() == Some(close) {
                self.expect(close, false)?;
                let value = innermost.into_value();
                match parents.pop() {
                    None => return Ok(value),
                    Some(parent) => {
                        innermost = parent;
                        self.add(&mut innermost, value)?;
                    }
                }
                continue;
            }
            if let Container::Hash(_, key) = &mut innermost {
                *key = self.key_and_equals()?;
            }
            // `_explicit_values`: a container, or a single value (no CSV list). At the end of input a
            // list item reads as "" and a hash key fails, and then the `,` check, so this ends.
            if matches!(self.current(), Some('[' | '{')) {
                let child = self.open(parents.len() + 1)?;
                parents.push(std::mem::replace(&mut innermost, child));
            } else {
                let value = Value::String(self.first_value()?);
                self.add(&mut innermost, value)?;
            }
        }
    }

    /// Opens the `[` or `{` at the current index inside `depth` open containers, refusing it past
    /// [`MAX_NESTING`] levels.
    fn open(&mut self, depth: usize) -> Result<Container, Failure> {
        if depth == MAX_NESTING {
            return Err(Failure::TooDeep { index: self.index });
        }
        if self.current() == Some('[') {
            self.expect('[', true)?;
            Ok(Container::List(Vec::new()))
        } else {
            self.expect('{', true)?;
            Ok(Container::Hash(Vec::new(), String::new()))
        }
    }

    /// Adds a list item or hash value read in full, and reads the `,` after it.
    fn add(&mut self, container: &mut Container, value: Value) -> Result<(), Failure> {
        match container {
            Container::List(items) => {
                items.push(value);
                self.after_item(']')
            }
            Container::Hash(members, key) => {
                // A repeated key keeps its first position and its last value, as in Python's dict.
                members.push((std::mem::take(key), value));
                self.after_item('}')
            }
        }
    }

    /// After a list item or hash value: the `,` that must come unless the container closes.
    fn after_item(&mut self, close: char) -> Result<(), Failure> {
        self.consume_whitespace();
        if self.current() != Some(close) {
            self.expect(',', false)?;
            self.consume_whitespace();
        }
        Ok(())
    }

    /// A quoted value, or a bare one that may be empty.
    fn first_value(&mut self) -> Result<String, Failure> {
        match self.current() {
            Some(quote @ ('\'' | '"')) => self.quoted_value(quote),
            _ => {
                let start = self.index;
                match self.bare_value(is_first_follow) {
                    Some(value) => self.resolve_paramfile(value, start),
                    None => Ok(String::new()),
                }
            }
        }
    }

    /// A quoted value, or a bare one that must not be empty.
    fn second_value(&mut self) -> Result<String, Failure> {
        match self.current() {
            Some(quote @ ('\'' | '"')) => self.quoted_value(quote),
            _ => {
                let start = self.index;
                match self.bare_value(is_second_follow) {
                    Some(value) => self.resolve_paramfile(value, start),
                    None => Err(self.syntax(Expected::Token("<second>"), Actual::NoMatch)),
                }
            }
        }
    }

    /// The regex `(\\,|[START])(\\,|[FOLLOW])*`, with `\,` read as `,` and the result rstripped;
    /// `None` when it does not match. A backslash before a comma is always the escape.
    fn bare_value(&mut self, follows: fn(char) -> bool) -> Option<String> {
        let start = self.index;
        let mut value = String::new();
        loop {
            let class = if self.index == start { is_start } else { follows };
            match self.current() {
                Some('\\') if self.chars.get(self.index + 1) == Some(&',') => {
                    value.push(',');
                    self.index += 2;
                }
                Some(c) if class(c) => {
                    value.push(c);
                    self.index += 1;
                }
                _ => break,
            }
        }
        if self.index == start {
            return None;
        }
        value.truncate(python_rstrip(&value).len());
        Some(value)
    }

    /// The regex `'(?:\\'|[^'])*'` (or with `"`), then `\'` → `'` and `\\` → `\`.
    ///
    /// Backslashes are taken one at a time, so a quote right after a backslash is first read as
    /// escaped, and only taken as the closing quote if the rest of the input does not match. The
    /// match therefore ends at the first quote not preceded by a backslash, or failing that at the
    /// last quote of the input.
    fn quoted_value(&mut self, quote: char) -> Result<String, Failure> {
        let open = self.index;
        let last = if quote == '"' { self.last_double_quote } else { self.last_single_quote };
        let close = match last {
            Some(last) if last > open => (open + 1..last)
                .find(|&at| self.chars.get(at) == Some(&quote) && self.chars.get(at - 1) != Some(&'\\'))
                .unwrap_or(last),
            _ => {
                let name = if quote == '"' { "<double quoted>" } else { "<singled quoted>" };
                return Err(self.syntax(Expected::Token(name), Actual::NoMatch));
            }
        };
        let raw: String = self.chars[open + 1..close].iter().collect();
        self.index = close + 1;
        let value = raw.replace(&format!("\\{quote}"), &quote.to_string()).replace("\\\\", "\\");
        self.resolve_paramfile(value, open)
    }

    /// After `key@=`, a value starting `file://` or `fileb://` names a file the CLI would read.
    fn resolve_paramfile(&self, value: String, index: usize) -> Result<String, Failure> {
        if self.resolve_paramfiles && (value.starts_with("file://") || value.starts_with("fileb://")) {
            return Err(Failure::FileReference { value, index });
        }
        Ok(value)
    }
}

// ---------------------------------------------------------------------------------------------
// The writer.

/// Where a value is written, which decides how an empty string is spelled.
#[derive(Clone, Copy, PartialEq)]
enum Context {
    /// Right after a top-level `Key=`: nothing at all reads as "".
    TopLevel,
    /// A list item or a `{}` value: `{a=}` would read `}` as the value, and `[a,]` drops the "".
    Nested,
}

/// A word being written. A string ending in `\` can be quoted only with a quote character that does
/// not occur anywhere after it in the word (Python's quote regex would run on to that one), so its
/// quoting is chosen in `finish`, once everything after it is known.
#[derive(Default)]
struct Word {
    pieces: Vec<Piece>,
}

enum Piece {
    Text(String),
    EndsWithBackslash(String),
}

impl Word {
    fn text(&mut self, text: &str) {
        match self.pieces.last_mut() {
            Some(Piece::Text(last)) => last.push_str(text),
            _ => self.pieces.push(Piece::Text(text.to_owned())),
        }
    }

    fn member(&mut self, key: &str, value: &Value, context: Context, depth: usize) -> Option<()> {
        if !key.chars().all(is_key_char) {
            return None;
        }
        self.text(key);
        self.text("=");
        self.value(value, context, depth)
    }

    /// `depth` counts the `[` and `{` already open.
    fn value(&mut self, value: &Value, context: Context, depth: usize) -> Option<()> {
        match value {
            Value::Null | Value::Unsupported(_) => return None,
            Value::Bool(b) => self.text(if *b { "true" } else { "false" }),
            Value::Number(n) if n.is_integral() => self.text(&n.to_string()),
            Value::Number(_) => return None,
            Value::String(s) => self.string(s, context)?,
            Value::Array(items) => {
                if depth == MAX_WRITTEN_NESTING {
                    return None;
                }
                self.text("[");
                for (position, item) in items.iter().enumerate() {
                    if position > 0 {
                        self.text(",");
                    }
                    self.value(item, Context::Nested, depth + 1)?;
                }
                self.text("]");
            }
            Value::Object(members) => {
                if depth == MAX_WRITTEN_NESTING {
                    return None;
                }
                self.text("{");
                for (position, (key, item)) in members.iter().enumerate() {
                    if position > 0 {
                        self.text(",");
                    }
                    self.member(key, item, Context::Nested, depth + 1)?;
                }
                self.text("}");
            }
        }
        Some(())
    }

    fn string(&mut self, s: &str, context: Context) -> Option<()> {
        if s.contains('\0') {
            // No argv word can hold it.
            return None;
        }
        if s.is_empty() {
            self.text(if context == Context::TopLevel { "" } else { "\"\"" });
        } else if is_safe_bare(s) {
            self.text(s);
        } else if s.ends_with('\\') {
            self.pieces.push(Piece::EndsWithBackslash(s.to_owned()));
        } else {
            self.text(&quote(s, '"'));
        }
        Some(())
    }

    /// Quotes the strings that end in `\`, right to left, each with a quote character that does not
    /// occur after it; `None` if one has both after it.
    fn finish(self) -> Option<String> {
        let mut double_after = false;
        let mut single_after = false;
        let mut written = Vec::with_capacity(self.pieces.len());
        for piece in self.pieces.into_iter().rev() {
            let text = match piece {
                Piece::Text(text) => text,
                Piece::EndsWithBackslash(s) if !double_after => quote(&s, '"'),
                Piece::EndsWithBackslash(s) if !single_after => quote(&s, '\''),
                Piece::EndsWithBackslash(_) => return None,
            };
            double_after |= text.contains('"');
            single_after |= text.contains('\'');
            written.push(text);
        }
        written.reverse();
        Some(written.concat())
    }
}

/// The emitter rule for bare values: the first-value regex matches all of it, its `rstrip()` is
/// itself, it has no `\,` and no final `\`, and it does not start with `]` or `}` (which would close
/// a list or a hash).
fn is_safe_bare(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else { return false };
    is_start(first)
        && !matches!(first, ']' | '}')
        && chars.all(is_first_follow)
        && python_rstrip(s).len() == s.len()
        && !s.contains("\\,")
        && !s.ends_with('\\')
}

/// `quote` + the string with `\` and `quote` escaped + `quote`, which both unescape steps undo.
fn quote(s: &str, quote: char) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        if c == '\\' || c == quote {
            out.push('\\');
        }
        out.push(c);
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn object(members: &[(&str, Value)]) -> Object {
        members.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
    }

    #[test]
    fn character_classes_match_the_python_regexes() {
        // Boundaries taken from the compiled regexes of awscli 1.46.3.
        assert!(is_start('!') && !is_start('"') && is_start('#') && !is_start('\'') && !is_start(','));
        assert!(!is_start('=') && !is_start('[') && is_start(']') && !is_start('{') && is_start('}'));
        assert!(is_start('\u{ffff}') && !is_start('\u{10000}') && !is_start(' ') && is_start('\u{a0}'));
        assert!(is_first_follow('=') && is_first_follow('[') && !is_first_follow(']') && !is_first_follow('}'));
        assert!(is_first_follow('\u{1c}') && !is_first_follow('\u{1b}') && !is_first_follow('😀'));
        assert!(!is_second_follow('=') && is_second_follow(']') && is_second_follow('}'));
        assert!(is_python_space('\u{85}') && !is_python_space('\u{180e}') && !is_python_space('\u{200b}'));
    }

    #[test]
    fn quoted_values_end_at_the_first_unescaped_quote_or_else_the_last_quote() {
        assert_eq!(parse(r#"a="x\"y""#).ok(), Some(Value::Object(object(&[("a", "x\"y".into())]))));
        assert_eq!(parse(r#"a="x\""#).ok(), Some(Value::Object(object(&[("a", "x\\".into())]))));
        assert_eq!(parse(r#"a="x\",b=\"y\""#).ok(), Some(Value::Object(object(&[("a", "x\",b=\"y\\".into())]))));
    }

    #[test]
    fn backslash_ending_strings_switch_quotes_or_give_up() {
        let one = object(&[("a", "x\\".into()), ("b", "\"".into())]);
        assert_eq!(write(&one).as_deref(), Some(r#"a='x\\',b="\"""#));
        let two = object(&[("a", "x\\".into()), ("b", "y\\".into())]);
        assert_eq!(write(&two).as_deref(), Some(r#"a='x\\',b="y\\""#));
        let three = object(&[("a", "x\\".into()), ("b", "y\\".into()), ("c", "z\\".into())]);
        assert_eq!(write(&three), None);
    }
}
