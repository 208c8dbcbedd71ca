//! The npm package's wire format: how a request crosses into the core and a result crosses out,
//! each in one piece of memory, with no text made on the way.
//!
//! A request arrives as a tape of bytes that the package's JavaScript walker writes
//! (`pkg-template/api.js`): one tag byte per value, then its payload, little-endian.
//!
//! | tag | value | payload |
//! |---|---|---|
//! | 0, 1, 2 | null, false, true | none |
//! | 3 | number | f64 |
//! | 4 | string | u32 byte length, UTF-8 |
//! | 5 | list | u32 count, the items |
//! | 6 | object | u32 count, then per member a key (u32 byte length, UTF-8) and a value |
//! | 7 | a value JSON has no form for | u8: its index in [`UNSUPPORTED`] |
//!
//! A result leaves as 32-bit words and a text area: see [`Encoder`].

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Edit, Fix, Severity, ValidationResult};
use crate::path::{Path, Segment};
use crate::rules::RULES;
use crate::syntax::json;
use crate::value::{Number, Object, Value};

/// What the walker finds that JSON cannot hold, by the index it writes: a short name for the
/// walker (generated into the package's catalogue), and how messages name it.
pub const UNSUPPORTED: &[(&str, &str)] = &[
    ("undefined", "undefined"),
    ("bigint", "a BigInt"),
    ("symbol", "a symbol"),
    ("function", "a function"),
    ("map", "a Map"),
    ("set", "a Set"),
    ("date", "a Date"),
    ("regexp", "a RegExp"),
    ("promise", "a Promise"),
    ("error", "an Error"),
    ("binary", "binary data"),
    ("cycle", "a cyclic reference"),
    ("deep", "a value nested too deeply"),
    ("large", "a value too large to read (over 500,000 values in one call, an object used twice counting twice)"),
    ("surrogates", "text with unpaired surrogates"),
    ("unreadable", "an object that cannot be read"),
    ("length", "a list whose length cannot be read"),
    ("long", "a list of more than 100,000 items"),
    ("item-getter", "an element whose getter threw"),
    ("keys", "an object whose keys cannot be read"),
    ("getter", "a property whose getter threw"),
    ("key-surrogates", "an object with a key that has unpaired surrogates"),
];

/// The most values one argument may hold, counted as the walker reads them: an object used in
/// several places is read at each use, so without a budget 23 objects that each hold the next one
/// twice take a minute and a few more exhaust memory.
pub const MAX_VALUES: usize = 500_000;

/// Longer lists are not read: no request member holds more than 50 items, and reading an
/// `Array(2 ** 32 - 1)` item by item would exhaust memory.
pub const MAX_LIST_ITEMS: usize = 100_000;

/// Reads the values on a tape, one after another. A value that ends early or holds an unknown tag
/// ends the reading: the walker never writes one, so this only keeps a bad caller from reading out
/// of bounds.
pub fn read_tapes(tape: &[u8]) -> Vec<Value> {
    let mut reader = TapeReader { tape, at: 0, depth: 0 };
    std::iter::from_fn(|| (reader.at < tape.len()).then(|| reader.value()).flatten()).collect()
}

struct TapeReader<'a> {
    tape: &'a [u8],
    at: usize,
    depth: usize,
}

impl TapeReader<'_> {
    fn bytes(&mut self, n: usize) -> Option<&[u8]> {
        let bytes = self.tape.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(bytes)
    }

    fn u32(&mut self) -> Option<usize> {
        let bytes: [u8; 4] = self.bytes(4)?.try_into().ok()?;
        usize::try_from(u32::from_le_bytes(bytes)).ok()
    }

    fn text(&mut self) -> Option<String> {
        let length = self.u32()?;
        String::from_utf8(self.bytes(length)?.to_vec()).ok()
    }

    fn value(&mut self) -> Option<Value> {
        let tag = *self.bytes(1)?.first()?;
        Some(match tag {
            0 => Value::Null,
            1 => Value::Bool(false),
            2 => Value::Bool(true),
            3 => {
                let bytes: [u8; 8] = self.bytes(8)?.try_into().ok()?;
                Value::Number(Number::from_js(f64::from_le_bytes(bytes)))
            }
            4 => Value::String(self.text()?),
            5 | 6 => {
                // The walker stops each value at the JSON reader's depth, and a batch's list adds
                // one level; deeper is a bad tape.
                if self.depth > crate::syntax::json::MAX_DEPTH {
                    return None;
                }
                self.depth += 1;
                let count = self.u32()?;
                // Every item takes at least a byte: a count beyond the tape is a bad one.
                let capacity = count.min(self.tape.len() - self.at);
                let value = if tag == 5 {
                    let mut items = Vec::with_capacity(capacity);
                    for _ in 0..count {
                        items.push(self.value()?);
                    }
                    Value::Array(items)
                } else {
                    let mut members = Vec::with_capacity(capacity);
                    for _ in 0..count {
                        members.push((self.text()?, self.value()?));
                    }
                    // The walker writes a JavaScript object's own keys, which never repeat.
                    Value::Object(Object::from_distinct(members))
                };
                self.depth -= 1;
                value
            }
            7 => Value::Unsupported(UNSUPPORTED.get(usize::from(*self.bytes(1)?.first()?))?.1),
            _ => return None,
        })
    }
}

/// Writes results as 32-bit words and a text area, which the package's JavaScript turns into
/// diagnostic objects whose message, help and fix are made only when read.
///
/// ```text
/// result     := valid count diagnostic*
/// command    := has-request [request:text] count diagnostic*     (a parsed command; the request as JSON)
/// diagnostic := rule severity message help+1 flags path related-count path* arg-count arg* [start end]
///               (flags: 1 fixable, 2 has a span; help+1 is 0 for none; rule, message and help are
///               indexes into the catalogue: RULES, then the rule's messages and helps)
/// path       := length segment*          segment := 0 index | 1 text
/// text       := start length             (start even: an offset into the text area, in UTF-16
///                                         units; odd: (address << 1) | 1 of static UTF-8 text in
///                                         the module's memory, whose length is in bytes)
/// arg        := name:text kind payload
/// ```
///
/// Argument kinds and payloads: 0 path; 1 request text: text; 2 word: text; 3 words: count text*;
/// 4 integer: low high (two's complement); 5 number: 0 text (as Python writes it), or when it is too
/// long to show, 1 negative digit-count; 6
/// characters: count code-point*; 7 value: text (its compact JSON); 8 finding: diagnostic; 9
/// findings: count diagnostic*; 10 member: its index in `model::members()`; 11 rule: its index in RULES.
pub struct Encoder {
    pub words: Vec<u32>,
    pub text: String,
    /// UTF-16 length of `text`.
    text_units: u32,
    /// Whether static text is referred to by its address (in WebAssembly, where the address is a
    /// 32-bit offset the package can read) rather than copied into the text area.
    static_by_address: bool,
}

impl Encoder {
    pub fn new(static_by_address: bool) -> Self {
        Encoder { words: Vec::new(), text: String::new(), text_units: 0, static_by_address }
    }

    /// Starts over, keeping the buffers' memory.
    pub fn clear(&mut self) {
        self.words.clear();
        self.text.clear();
        self.text_units = 0;
    }

    pub fn result(&mut self, result: &ValidationResult) {
        self.words.push(u32::from(result.valid));
        self.diagnostics(&result.diagnostics);
    }

    /// The operation (0 for none, else 1 + its index in `Operation::ALL`), whether there is a
    /// request, the request's JSON, the diagnostics.
    pub fn parsed_command(&mut self, parsed: &crate::syntax::command::ParsedCommand) {
        let operation = parsed.operation.and_then(|op| crate::Operation::ALL.iter().position(|known| *known == op));
        self.words.push(operation.map_or(0, |index| index as u32 + 1));
        self.words.push(u32::from(parsed.request.is_some()));
        if let Some(request) = &parsed.request {
            self.owned_text(&crate::syntax::json::to_string(request, None));
        }
        self.diagnostics(&parsed.diagnostics);
    }

    pub fn diagnostics(&mut self, diagnostics: &[Diagnostic]) {
        self.count(diagnostics.len());
        for diagnostic in diagnostics {
            self.diagnostic(diagnostic);
        }
    }

    fn count(&mut self, n: usize) {
        self.words.push(u32::try_from(n).unwrap_or(u32::MAX));
    }

    fn diagnostic(&mut self, d: &Diagnostic) {
        let rule = RULES.iter().position(|rule| std::ptr::eq(*rule, d.rule)).unwrap_or(0);
        let position =
            |list: &[&Template], template: &Template| list.iter().position(|t| std::ptr::eq(*t, template)).unwrap_or(0);
        self.count(rule);
        self.words.push(match d.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        });
        self.count(position(d.rule.messages, d.message_template));
        self.count(d.help_template.map_or(0, |help| position(d.rule.helps, help) + 1));
        self.words.push(u32::from(d.fixable) | if d.span.is_some() { 2 } else { 0 });
        self.path(&d.path);
        self.count(d.related.len());
        for path in &d.related {
            self.path(path);
        }
        self.count(d.args.len());
        for (name, arg) in &d.args {
            self.static_text(name);
            self.arg(arg);
        }
        if let Some(span) = d.span {
            self.count(span.start);
            self.count(span.end);
        }
    }

    fn path(&mut self, path: &Path) {
        self.count(path.segments().len());
        for segment in path.segments() {
            match segment {
                Segment::Index(index) => {
                    self.words.push(0);
                    self.count(*index);
                }
                Segment::Key(key) => {
                    self.words.push(1);
                    self.cow_text(key);
                }
            }
        }
    }

    fn arg(&mut self, arg: &Arg) {
        match arg {
            Arg::Path(path) => {
                self.words.push(0);
                self.path(path);
            }
            Arg::Text(text) => {
                self.words.push(1);
                self.owned_text(text);
            }
            Arg::Word(word) => {
                self.words.push(2);
                self.cow_text(word);
            }
            Arg::Words(words) => {
                self.words.push(3);
                self.count(words.len());
                for word in words {
                    self.cow_text(word);
                }
            }
            Arg::Int(n) => {
                self.words.push(4);
                self.u64(*n as u64);
            }
            Arg::Number(n) if n.is_long() => {
                self.words.extend([5, 1, u32::from(n.is_negative())]);
                self.count(n.digit_count().unwrap_or_default());
            }
            Arg::Number(n) => {
                self.words.extend([5, 0]);
                self.owned_text(&n.to_string());
            }
            Arg::Chars(chars) => {
                self.words.push(6);
                self.count(chars.len());
                self.words.extend(chars.iter().map(|c| *c as u32));
            }
            Arg::Rule(rule) => {
                self.words.push(11);
                self.count(RULES.iter().position(|r| std::ptr::eq(*r, *rule)).unwrap_or(0));
            }
            Arg::Member(member) => {
                let index = crate::model::members().iter().position(|m| std::ptr::eq(*m, *member));
                self.words.push(10);
                self.count(index.unwrap_or(0));
            }
            Arg::Value(value) => {
                self.words.push(7);
                self.owned_text(&crate::syntax::json::to_string(value, None));
            }
            Arg::Finding(finding) => {
                self.words.push(8);
                self.diagnostic(finding);
            }
            Arg::Findings(findings) => {
                self.words.push(9);
                self.diagnostics(findings);
            }
        }
    }

    fn u64(&mut self, bits: u64) {
        self.words.push(bits as u32);
        self.words.push((bits >> 32) as u32);
    }

    /// Static text by address, owned text copied.
    #[allow(clippy::ptr_arg)] // whether the text is borrowed is what decides
    fn cow_text(&mut self, text: &std::borrow::Cow<'static, str>) {
        match text {
            std::borrow::Cow::Borrowed(text) => self.static_text(text),
            std::borrow::Cow::Owned(text) => self.owned_text(text),
        }
    }

    fn static_text(&mut self, text: &'static str) {
        match (self.static_by_address, u32::try_from(text.as_ptr() as usize)) {
            (true, Ok(address)) if address < 1 << 31 => {
                self.words.push(address << 1 | 1);
                self.count(text.len());
            }
            _ => self.owned_text(text),
        }
    }

    fn owned_text(&mut self, text: &str) {
        let units = if text.is_ascii() { text.len() } else { text.encode_utf16().count() };
        let units = u32::try_from(units).unwrap_or(u32::MAX);
        self.words.push(self.text_units << 1);
        self.words.push(units);
        self.text.push_str(text);
        self.text_units = self.text_units.saturating_add(units);
    }
}

// Fixes cross as JSON: a path, and the value JSON holds.

/// `{"path":[…],"value":…,"also":[…]}`: the main edit's fields, then the edits that go with it.
pub fn fix_json(fix: &Fix) -> String {
    let mut out = String::new();
    write_fix(&mut out, fix);
    out
}

pub(crate) fn write_fix(out: &mut String, fix: &Fix) {
    out.push('{');
    write_edit_fields(out, &fix.edit);
    if !fix.also.is_empty() {
        out.push_str(",\"also\":");
        write_list(out, &fix.also, |edit, out| {
            out.push('{');
            write_edit_fields(out, edit);
            out.push('}');
        });
    }
    out.push('}');
}

/// `"path":[…],"value":…`; no value means removal.
fn write_edit_fields(out: &mut String, edit: &Edit) {
    out.push_str("\"path\":");
    write_path(out, &edit.path);
    if let Some(value) = &edit.value {
        out.push_str(",\"value\":");
        json::write(out, value);
    }
}

/// The path as a JSON array: keys as strings, indexes as numbers.
pub(crate) fn write_path(out: &mut String, path: &Path) {
    write_list(out, path.segments(), |segment, out| match segment {
        Segment::Key(key) => json::write_string(out, key),
        Segment::Index(index) => out.push_str(&index.to_string()),
    });
}

/// Writes `[a,b,…]` with `write` for each item.
pub(crate) fn write_list<T>(out: &mut String, items: &[T], write: impl Fn(&T, &mut String)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(item, out);
    }
    out.push(']');
}
