//! A JMESPath syntax check that accepts exactly what Python's `jmespath.compile` (jmespath 1.1.0,
//! which the AWS CLI uses for `--query`) accepts, with its error messages. It is a port of that
//! library's lexer and top-down operator precedence parser, quirks included (`f(a b)` and
//! `{a: b c: d}` parse, `[1:2 3]` is a slice); it builds no tree, only the node kinds the parser
//! looks at.
//!
//! Python runs out of stack on deeply nested expressions (`RecursionError`, which the CLI reports
//! like a syntax error). This parser counts the Python frames the library would use and stops at
//! the same limit, so its own recursion stays bounded too.

use crate::syntax::coerce::python_repr;
use crate::syntax::shorthand::is_python_space;

/// The Python frames available to the parser when the AWS CLI compiles `--query`: Python's
/// recursion limit (1000) less the frames of the CLI's call stack below `jmespath.compile`.
const FRAME_LIMIT: usize = 1000 - 25;

/// The frames in use when the lexer decodes a literal's JSON: `compile`, `parse`, `_do_parse`,
/// `_parse`, the `tokenize` generator, `_consume_literal`, `loads`, `decode` and `raw_decode`.
const LEXER_FRAMES: usize = 9;

/// Python's `str(e)` for the error `jmespath.compile(expression)` raises, or `None` when it
/// compiles.
pub fn compile_error(expression: &str) -> Option<String> {
    let chars: Vec<char> = expression.chars().collect();
    if chars.is_empty() {
        return Some("Invalid JMESPath expression: cannot be empty.".to_owned());
    }
    let tokens = match (Lexer { chars: &chars, pos: 0, frames: LEXER_FRAMES }).tokenize() {
        Ok(tokens) => tokens,
        Err(error) => return Some(error.render(expression)),
    };
    let mut parser = Parser { tokens: &tokens, index: 0, frames: 0 };
    match parser.parse() {
        Ok(()) => None,
        Err(error) => Some(error.render(expression, chars.len())),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Dot,
    Star,
    Rbracket,
    Comma,
    Colon,
    Current,
    Lparen,
    Rparen,
    Lbrace,
    Rbrace,
    UnquotedIdentifier,
    QuotedIdentifier,
    Flatten,
    Filter,
    Lbracket,
    Literal,
    Or,
    Pipe,
    And,
    Expref,
    Number,
    Lte,
    Lt,
    Gte,
    Gt,
    Ne,
    Not,
    Eq,
    Eof,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Dot => "dot",
            Kind::Star => "star",
            Kind::Rbracket => "rbracket",
            Kind::Comma => "comma",
            Kind::Colon => "colon",
            Kind::Current => "current",
            Kind::Lparen => "lparen",
            Kind::Rparen => "rparen",
            Kind::Lbrace => "lbrace",
            Kind::Rbrace => "rbrace",
            Kind::UnquotedIdentifier => "unquoted_identifier",
            Kind::QuotedIdentifier => "quoted_identifier",
            Kind::Flatten => "flatten",
            Kind::Filter => "filter",
            Kind::Lbracket => "lbracket",
            Kind::Literal => "literal",
            Kind::Or => "or",
            Kind::Pipe => "pipe",
            Kind::And => "and",
            Kind::Expref => "expref",
            Kind::Number => "number",
            Kind::Lte => "lte",
            Kind::Lt => "lt",
            Kind::Gte => "gte",
            Kind::Gt => "gt",
            Kind::Ne => "ne",
            Kind::Not => "not",
            Kind::Eq => "eq",
            Kind::Eof => "eof",
        }
    }

    /// `Parser.BINDING_POWER`.
    fn binding_power(self) -> u8 {
        match self {
            Kind::Pipe => 1,
            Kind::Or => 2,
            Kind::And => 3,
            Kind::Eq | Kind::Gt | Kind::Lt | Kind::Gte | Kind::Lte | Kind::Ne => 5,
            Kind::Flatten => 9,
            Kind::Star => 20,
            Kind::Filter => 21,
            Kind::Dot => 40,
            Kind::Not => 45,
            Kind::Lbrace => 50,
            Kind::Lbracket => 55,
            Kind::Lparen => 60,
            _ => 0,
        }
    }
}

/// The binding power below which a token ends a projection.
const PROJECTION_STOP: u8 = 10;

struct Token {
    kind: Kind,
    /// Python's `str()` of the token's value, as error messages show it.
    value: String,
    /// The character offset.
    start: usize,
}

// ---------------------------------------------------------------------------------------------
// The lexer

/// A `LexerError`, or another exception the lexer lets through.
enum LexError {
    Lexer { position: usize, message: String },
    Other(String),
}

impl LexError {
    fn render(&self, expression: &str) -> String {
        match self {
            LexError::Lexer { position, message } => {
                format!("Bad jmespath expression: {message}:\n{expression}\n{}^", " ".repeat(*position))
            }
            LexError::Other(message) => message.clone(),
        }
    }
}

struct Lexer<'a> {
    chars: &'a [char],
    pos: usize,
    /// Python frames in use while decoding a literal's JSON.
    frames: usize,
}

const RECURSION_ERROR: &str = "maximum recursion depth exceeded";

impl Lexer<'_> {
    fn current(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    /// `_next`: at the last character the position stays and the current character is `None`.
    fn next(&mut self) -> Option<char> {
        if self.pos + 1 >= self.chars.len() {
            self.pos = self.chars.len();
            None
        } else {
            self.pos += 1;
            self.current()
        }
    }

    /// Python's `_position`, which stays on the last character at the end.
    fn position(&self) -> usize {
        self.pos.min(self.chars.len().saturating_sub(1))
    }

    fn token(kind: Kind, value: impl Into<String>, start: usize) -> Token {
        Token { kind, value: value.into(), start }
    }

    fn tokenize(mut self) -> Result<Vec<Token>, LexError> {
        let mut tokens = Vec::new();
        while let Some(c) = self.current() {
            let start = self.position();
            let simple = match c {
                '.' => Some(Kind::Dot),
                '*' => Some(Kind::Star),
                ']' => Some(Kind::Rbracket),
                ',' => Some(Kind::Comma),
                ':' => Some(Kind::Colon),
                '@' => Some(Kind::Current),
                '(' => Some(Kind::Lparen),
                ')' => Some(Kind::Rparen),
                '{' => Some(Kind::Lbrace),
                '}' => Some(Kind::Rbrace),
                _ => None,
            };
            if let Some(kind) = simple {
                tokens.push(Self::token(kind, c, start));
                self.next();
                continue;
            }
            let token = match c {
                'a'..='z' | 'A'..='Z' | '_' => {
                    let mut name = String::from(c);
                    while let Some(c) = self.next().filter(|c| c.is_ascii_alphanumeric() || *c == '_') {
                        name.push(c);
                    }
                    Self::token(Kind::UnquotedIdentifier, name, start)
                }
                ' ' | '\t' | '\n' | '\r' => {
                    self.next();
                    continue;
                }
                '[' => match self.next() {
                    Some(']') => {
                        self.next();
                        Self::token(Kind::Flatten, "[]", start)
                    }
                    Some('?') => {
                        self.next();
                        Self::token(Kind::Filter, "[?", start)
                    }
                    _ => Self::token(Kind::Lbracket, "[", start),
                },
                '\'' => {
                    let lexeme = self.consume_until('\'')?.replace("\\'", "'");
                    Self::token(Kind::Literal, lexeme, start)
                }
                '|' => self.match_or_else('|', Kind::Or, Kind::Pipe),
                '&' => self.match_or_else('&', Kind::And, Kind::Expref),
                '`' => self.literal()?,
                '0'..='9' => {
                    let digits = self.consume_number();
                    Self::token(Kind::Number, python_int(&digits)?, start)
                }
                '-' => {
                    let digits = self.consume_number();
                    if digits.chars().count() == 1 {
                        return Err(LexError::Lexer { position: start, message: "Unknown token '-'".to_owned() });
                    }
                    Self::token(Kind::Number, python_int(&digits)?, start)
                }
                '"' => self.quoted_identifier()?,
                '<' => self.match_or_else('=', Kind::Lte, Kind::Lt),
                '>' => self.match_or_else('=', Kind::Gte, Kind::Gt),
                '!' => self.match_or_else('=', Kind::Ne, Kind::Not),
                '=' => {
                    if self.next() == Some('=') {
                        let token = Self::token(Kind::Eq, "==", self.position() - 1);
                        self.next();
                        token
                    } else {
                        // At the end the position never moved past the `=`.
                        let position = if self.current().is_none() { self.position() } else { self.position() - 1 };
                        return Err(LexError::Lexer { position, message: "Unknown token '='".to_owned() });
                    }
                }
                other => {
                    return Err(LexError::Lexer { position: start, message: format!("Unknown token {other}") });
                }
            };
            tokens.push(token);
        }
        tokens.push(Self::token(Kind::Eof, "", self.chars.len()));
        Ok(tokens)
    }

    fn consume_number(&mut self) -> String {
        let mut digits = String::from(self.current().unwrap_or('-'));
        while let Some(c) = self.next().filter(char::is_ascii_digit) {
            digits.push(c);
        }
        digits
    }

    /// `_consume_until`: the text up to an unescaped `delimiter`, backslashes kept.
    fn consume_until(&mut self, delimiter: char) -> Result<String, LexError> {
        let start = self.position();
        let mut text = String::new();
        self.next();
        while self.current() != Some(delimiter) {
            if self.current() == Some('\\') {
                text.push('\\');
                self.next();
            }
            let Some(c) = self.current() else {
                return Err(LexError::Lexer { position: start, message: format!("Unclosed {delimiter} delimiter") });
            };
            text.push(c);
            self.next();
        }
        self.next();
        Ok(text)
    }

    fn match_or_else(&mut self, expected: char, matched: Kind, otherwise: Kind) -> Token {
        let start = self.position();
        let current = self.current().unwrap_or_default();
        if self.next() == Some(expected) {
            self.next();
            return Self::token(matched, format!("{current}{expected}"), start);
        }
        Self::token(otherwise, current, start)
    }

    /// A `` `…` `` literal: JSON, or (deprecated) the text as a JSON string.
    fn literal(&mut self) -> Result<Token, LexError> {
        let start = self.position();
        let lexeme = self.consume_until('`')?.replace("\\`", "`");
        let json = match self.json_value(&lexeme) {
            Ok(value) => value,
            Err(JsonFailure::Recursion) => return Err(LexError::Other(recursion_message("array"))),
            Err(JsonFailure::Invalid) => {
                let quoted = format!("\"{}\"", lexeme.trim_start_matches(is_python_space));
                match self.json_value(&quoted) {
                    Ok(value) => value,
                    Err(JsonFailure::Recursion) => return Err(LexError::Other(recursion_message("array"))),
                    Err(JsonFailure::Invalid) => {
                        return Err(LexError::Lexer { position: start, message: format!("Bad token {lexeme}") });
                    }
                }
            }
        };
        Ok(Self::token(Kind::Literal, json.to_python_str(), start))
    }

    fn quoted_identifier(&mut self) -> Result<Token, LexError> {
        let start = self.position();
        let lexeme = format!("\"{}\"", self.consume_until('"')?);
        let chars: Vec<char> = lexeme.chars().collect();
        match (JsonReader { chars: &chars, frames: &mut self.frames }).document() {
            Ok(Json::Str(name)) => Ok(Self::token(Kind::QuotedIdentifier, name, start)),
            Ok(_) | Err(JsonFailure::Recursion) => Ok(Self::token(Kind::QuotedIdentifier, lexeme, start)),
            Err(JsonFailure::Invalid) => {
                let message = quoted_identifier_error(&chars);
                Err(LexError::Lexer { position: start, message })
            }
        }
    }

    fn json_value(&mut self, text: &str) -> Result<Json, JsonFailure> {
        let chars: Vec<char> = text.chars().collect();
        JsonReader { chars: &chars, frames: &mut self.frames }.document()
    }
}

fn recursion_message(what: &str) -> String {
    format!("{RECURSION_ERROR} while decoding a JSON {what} from a unicode string")
}

/// Python's `int()` of a number token, as `str()` shows it.
fn python_int(digits: &str) -> Result<String, LexError> {
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    if digits.len() > 4300 {
        return Err(LexError::Other(format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let trimmed = digits.trim_start_matches('0');
    Ok(if trimmed.is_empty() { "0".to_owned() } else { format!("{sign}{trimmed}") })
}

/// The first part (before `:`) of the `JSONDecodeError` message for an invalid quoted identifier.
fn quoted_identifier_error(chars: &[char]) -> String {
    let mut at = 1;
    while at + 1 < chars.len() {
        match chars[at] {
            '\\' => match chars.get(at + 1) {
                Some('"' | '\\' | '/' | 'b' | 'f' | 'n' | 'r' | 't') => at += 2,
                Some('u') if chars.get(at + 2..at + 6).is_some_and(|h| h.iter().all(char::is_ascii_hexdigit)) => {
                    at += 6
                }
                Some('u') => return "Invalid \\uXXXX escape".to_owned(),
                _ => return "Invalid \\escape".to_owned(),
            },
            c if (c as u32) < 0x20 => return "Invalid control character at".to_owned(),
            _ => at += 1,
        }
    }
    "Unterminated string starting at".to_owned()
}

// ---------------------------------------------------------------------------------------------
// JSON as Python's `json.loads` reads it, to a value only as far as `str()` shows it

enum Json {
    Null,
    Bool(bool),
    /// The text Python's `str()` gives for the number.
    Number(String),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

enum JsonFailure {
    Invalid,
    Recursion,
}

impl Json {
    /// Python's `str()`: containers show their items with `repr()`.
    fn to_python_str(&self) -> String {
        match self {
            Json::Str(s) => s.clone(),
            other => {
                let mut out = String::new();
                other.write_repr(&mut out);
                out
            }
        }
    }

    fn write_repr(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("None"),
            Json::Bool(true) => out.push_str("True"),
            Json::Bool(false) => out.push_str("False"),
            Json::Number(n) => out.push_str(n),
            Json::Str(s) => out.push_str(&python_repr(s)),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write_repr(out);
                }
                out.push(']');
            }
            Json::Object(pairs) => {
                out.push('{');
                for (i, (key, value)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&python_repr(key));
                    out.push_str(": ");
                    value.write_repr(out);
                }
                out.push('}');
            }
        }
    }
}

struct JsonReader<'a, 'f> {
    chars: &'a [char],
    /// Python frames in use: the decoder's own three, then one per nested container.
    frames: &'f mut usize,
}

impl JsonReader<'_, '_> {
    fn document(mut self) -> Result<Json, JsonFailure> {
        let start = self.skip_whitespace(0);
        let (value, end) = self.value(start)?;
        if self.skip_whitespace(end) != self.chars.len() {
            return Err(JsonFailure::Invalid);
        }
        Ok(value)
    }

    fn skip_whitespace(&self, mut at: usize) -> usize {
        while matches!(self.chars.get(at), Some(' ' | '\t' | '\n' | '\r')) {
            at += 1;
        }
        at
    }

    fn starts_with(&self, at: usize, word: &str) -> bool {
        let mut at = at;
        word.chars().all(|c| {
            let same = self.chars.get(at) == Some(&c);
            at += 1;
            same
        })
    }

    fn value(&mut self, at: usize) -> Result<(Json, usize), JsonFailure> {
        let literal = |word: &str, value: Json| (value, at + word.chars().count());
        match self.chars.get(at) {
            Some('"') => self.string(at).map(|(s, end)| (Json::Str(s), end)),
            Some('{') | Some('[') => {
                // The C scanner's recursion shares Python's limit with the frames below it.
                if *self.frames + 1 > FRAME_LIMIT {
                    return Err(JsonFailure::Recursion);
                }
                *self.frames += 1;
                let result = if self.chars[at] == '{' { self.object(at + 1) } else { self.array(at + 1) };
                *self.frames -= 1;
                result
            }
            Some('n') if self.starts_with(at, "null") => Ok(literal("null", Json::Null)),
            Some('t') if self.starts_with(at, "true") => Ok(literal("true", Json::Bool(true))),
            Some('f') if self.starts_with(at, "false") => Ok(literal("false", Json::Bool(false))),
            Some('N') if self.starts_with(at, "NaN") => Ok(literal("NaN", Json::Number("nan".to_owned()))),
            Some('I') if self.starts_with(at, "Infinity") => Ok(literal("Infinity", Json::Number("inf".to_owned()))),
            Some('-') if self.starts_with(at, "-Infinity") => Ok(literal("-Infinity", Json::Number("-inf".to_owned()))),
            _ => self.number(at),
        }
    }

    /// `NUMBER_RE`: `(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?` (ASCII digits only).
    fn number(&self, start: usize) -> Result<(Json, usize), JsonFailure> {
        let digit = |at: usize| self.chars.get(at).is_some_and(char::is_ascii_digit);
        let mut at = start;
        if self.chars.get(at) == Some(&'-') {
            at += 1;
        }
        match self.chars.get(at) {
            Some('0') => at += 1,
            Some('1'..='9') => {
                while digit(at) {
                    at += 1;
                }
            }
            _ => return Err(JsonFailure::Invalid),
        }
        let integer_end = at;
        if self.chars.get(at) == Some(&'.') && digit(at + 1) {
            at += 1;
            while digit(at) {
                at += 1;
            }
        }
        if matches!(self.chars.get(at), Some('e' | 'E')) {
            let mut exponent = at + 1;
            if matches!(self.chars.get(exponent), Some('+' | '-')) {
                exponent += 1;
            }
            if digit(exponent) {
                at = exponent;
                while digit(at) {
                    at += 1;
                }
            }
        }
        let text: String = self.chars[start..at].iter().collect();
        let shown = if at == integer_end {
            python_int(&text).map_err(|_| JsonFailure::Invalid)?
        } else {
            python_float_str(crate::engine::parse_float(&text))
        };
        Ok((Json::Number(shown), at))
    }

    fn string(&self, open: usize) -> Result<(String, usize), JsonFailure> {
        let mut out = String::new();
        let mut at = open + 1;
        loop {
            match *self.chars.get(at).ok_or(JsonFailure::Invalid)? {
                '"' => return Ok((out, at + 1)),
                '\\' => {
                    let escaped = match self.chars.get(at + 1).ok_or(JsonFailure::Invalid)? {
                        '"' => '"',
                        '\\' => '\\',
                        '/' => '/',
                        'b' => '\u{8}',
                        'f' => '\u{c}',
                        'n' => '\n',
                        'r' => '\r',
                        't' => '\t',
                        'u' => {
                            let (unit, next) = self.hex4(at + 2)?;
                            at = next;
                            let c = if (0xd800..0xdc00).contains(&unit)
                                && self.chars.get(at) == Some(&'\\')
                                && self.chars.get(at + 1) == Some(&'u')
                            {
                                match self.hex4(at + 2) {
                                    Ok((low, after)) if (0xdc00..0xe000).contains(&low) => {
                                        at = after;
                                        char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))
                                    }
                                    _ => None,
                                }
                            } else {
                                char::from_u32(unit)
                            };
                            // Python keeps a lone surrogate; a Rust string shows U+FFFD instead.
                            out.push(c.unwrap_or('\u{fffd}'));
                            continue;
                        }
                        _ => return Err(JsonFailure::Invalid),
                    };
                    out.push(escaped);
                    at += 2;
                }
                c if (c as u32) < 0x20 => return Err(JsonFailure::Invalid),
                c => {
                    out.push(c);
                    at += 1;
                }
            }
        }
    }

    fn hex4(&self, at: usize) -> Result<(u32, usize), JsonFailure> {
        let digits = self.chars.get(at..at + 4).ok_or(JsonFailure::Invalid)?;
        let mut value = 0;
        for c in digits {
            value = value * 16 + c.to_digit(16).ok_or(JsonFailure::Invalid)?;
        }
        Ok((value, at + 4))
    }

    fn array(&mut self, start: usize) -> Result<(Json, usize), JsonFailure> {
        let mut items = Vec::new();
        let mut at = self.skip_whitespace(start);
        if self.chars.get(at) == Some(&']') {
            return Ok((Json::Array(items), at + 1));
        }
        loop {
            let (item, end) = self.value(at)?;
            items.push(item);
            at = self.skip_whitespace(end);
            match self.chars.get(at) {
                Some(']') => return Ok((Json::Array(items), at + 1)),
                Some(',') => at = self.skip_whitespace(at + 1),
                _ => return Err(JsonFailure::Invalid),
            }
        }
    }

    fn object(&mut self, start: usize) -> Result<(Json, usize), JsonFailure> {
        let mut pairs: Vec<(String, Json)> = Vec::new();
        let mut at = self.skip_whitespace(start);
        if self.chars.get(at) == Some(&'}') {
            return Ok((Json::Object(pairs), at + 1));
        }
        loop {
            if self.chars.get(at) != Some(&'"') {
                return Err(JsonFailure::Invalid);
            }
            let (key, end) = self.string(at)?;
            at = self.skip_whitespace(end);
            if self.chars.get(at) != Some(&':') {
                return Err(JsonFailure::Invalid);
            }
            let (value, end) = self.value(self.skip_whitespace(at + 1))?;
            // A repeated key keeps its first place and takes the last value, as in a Python dict.
            match pairs.iter_mut().find(|(k, _)| *k == key) {
                Some(pair) => pair.1 = value,
                None => pairs.push((key, value)),
            }
            at = self.skip_whitespace(end);
            match self.chars.get(at) {
                Some('}') => return Ok((Json::Object(pairs), at + 1)),
                Some(',') => at = self.skip_whitespace(at + 1),
                _ => return Err(JsonFailure::Invalid),
            }
        }
    }
}

/// Python's `str()` of a float.
fn python_float_str(value: f64) -> String {
    if value.is_nan() {
        return "nan".to_owned();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    crate::value::finite_float_repr(value)
}

// ---------------------------------------------------------------------------------------------
// The parser

/// The node kinds the parser looks at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Node {
    Field,
    Slice,
    IndexExpression,
    Other,
}

enum ParseError {
    /// `ParseError(lex_position, token_value, token_type, msg)`.
    Parse {
        position: usize,
        value: String,
        kind: &'static str,
        message: String,
    },
    Incomplete,
    Recursion,
}

impl ParseError {
    fn render(&self, expression: &str, length: usize) -> String {
        match self {
            ParseError::Parse { position, value, kind, message } => format!(
                "{message}: Parse error at column {position}, token \"{value}\" ({}), for expression:\n\"{expression}\"\n{}^",
                kind.to_ascii_uppercase(),
                " ".repeat(position + 1)
            ),
            ParseError::Incomplete => format!(
                "Invalid jmespath expression: Incomplete expression:\n\"{expression}\"\n{}^",
                " ".repeat(length + 1)
            ),
            ParseError::Recursion => format!("{RECURSION_ERROR} while calling a Python object"),
        }
    }
}

type Parsed = Result<Node, ParseError>;

struct Parser<'a> {
    tokens: &'a [Token],
    index: usize,
    /// The Python frames the library's recursive methods would have on the stack.
    frames: usize,
}

/// `Parser._expression` and the methods it recurses through each take one Python frame.
macro_rules! frame {
    ($self:ident, $body:expr) => {{
        $self.enter()?;
        let result = $body;
        $self.frames -= 1;
        result
    }};
}

impl Parser<'_> {
    fn enter(&mut self) -> Result<(), ParseError> {
        // A call one frame deeper (a token lookup, a node constructor) must still fit.
        if self.frames + 2 > FRAME_LIMIT {
            return Err(ParseError::Recursion);
        }
        self.frames += 1;
        Ok(())
    }

    fn token(&self, offset: usize) -> &Token {
        let last = self.tokens.len() - 1;
        &self.tokens[(self.index + offset).min(last)]
    }

    fn current(&self) -> Kind {
        self.token(0).kind
    }

    fn advance(&mut self) {
        self.index = (self.index + 1).min(self.tokens.len() - 1);
    }

    fn parse(&mut self) -> Result<(), ParseError> {
        self.frames = 4;
        self.expression(0)?;
        if self.current() != Kind::Eof {
            let token = self.token(0);
            return Err(self.error_for(token, format!("Unexpected token: {}", token.value)));
        }
        Ok(())
    }

    fn error_for(&self, token: &Token, message: impl Into<String>) -> ParseError {
        ParseError::Parse {
            position: token.start,
            value: token.value.clone(),
            kind: token.kind.name(),
            message: message.into(),
        }
    }

    fn expression(&mut self, binding_power: u8) -> Parsed {
        frame!(self, {
            let left_token = self.index;
            self.advance();
            let mut left = self.nud(left_token)?;
            let mut current = self.current();
            while binding_power < current.binding_power() {
                if !matches!(
                    current,
                    Kind::Dot
                        | Kind::Pipe
                        | Kind::Or
                        | Kind::And
                        | Kind::Lparen
                        | Kind::Filter
                        | Kind::Eq
                        | Kind::Ne
                        | Kind::Gt
                        | Kind::Gte
                        | Kind::Lt
                        | Kind::Lte
                        | Kind::Flatten
                        | Kind::Lbracket
                ) {
                    return Err(self.error_for(self.token(0), "invalid token"));
                }
                self.advance();
                left = self.led(current, left)?;
                current = self.current();
            }
            Ok(left)
        })
    }

    fn nud(&mut self, at: usize) -> Parsed {
        let tokens = self.tokens;
        let kind = tokens[at].kind;
        frame!(self, {
            match kind {
                Kind::Literal | Kind::Current => Ok(Node::Other),
                Kind::UnquotedIdentifier => Ok(Node::Field),
                Kind::QuotedIdentifier => {
                    if self.current() == Kind::Lparen {
                        let t = self.token(0);
                        return Err(ParseError::Parse {
                            position: 0,
                            value: t.value.clone(),
                            kind: t.kind.name(),
                            message: "Quoted identifier not allowed for function names.".to_owned(),
                        });
                    }
                    Ok(Node::Field)
                }
                Kind::Star => {
                    if self.current() != Kind::Rbracket {
                        self.projection_rhs(Kind::Star.binding_power())?;
                    }
                    Ok(Node::Other)
                }
                Kind::Filter => self.led_filter(),
                Kind::Lbrace => self.multi_select_hash(),
                Kind::Lparen => {
                    let inner = self.expression(0)?;
                    self.expect(Kind::Rparen)?;
                    Ok(inner)
                }
                Kind::Flatten => {
                    self.projection_rhs(Kind::Flatten.binding_power())?;
                    Ok(Node::Other)
                }
                Kind::Not => {
                    self.expression(Kind::Not.binding_power())?;
                    Ok(Node::Other)
                }
                Kind::Lbracket => {
                    if matches!(self.current(), Kind::Number | Kind::Colon) {
                        let right = self.index_expression()?;
                        self.project_if_slice(right)
                    } else if self.current() == Kind::Star && self.token(1).kind == Kind::Rbracket {
                        self.advance();
                        self.advance();
                        self.projection_rhs(Kind::Star.binding_power())?;
                        Ok(Node::Other)
                    } else {
                        self.multi_select_list()
                    }
                }
                Kind::Expref => {
                    self.expression(Kind::Expref.binding_power())?;
                    Ok(Node::Other)
                }
                Kind::Eof => Err(ParseError::Incomplete),
                _ => Err(self.error_for(&tokens[at], "invalid token")),
            }
        })
    }

    fn led(&mut self, kind: Kind, left: Node) -> Parsed {
        frame!(self, {
            match kind {
                Kind::Dot => {
                    if self.current() != Kind::Star {
                        self.dot_rhs(Kind::Dot.binding_power())?;
                    } else {
                        self.advance();
                        self.projection_rhs(Kind::Dot.binding_power())?;
                    }
                    Ok(Node::Other)
                }
                Kind::Pipe | Kind::Or | Kind::And => {
                    self.expression(kind.binding_power())?;
                    Ok(Node::Other)
                }
                Kind::Lparen => {
                    if left != Node::Field {
                        // The token before the `(`, as the library finds it.
                        let t = &self.tokens[self.index - 2];
                        return Err(self.error_for(t, format!("Invalid function name '{}'", t.value)));
                    }
                    while self.current() != Kind::Rparen {
                        self.expression(0)?;
                        if self.current() == Kind::Comma {
                            self.expect(Kind::Comma)?;
                        }
                    }
                    self.expect(Kind::Rparen)?;
                    Ok(Node::Other)
                }
                Kind::Filter => self.led_filter(),
                Kind::Eq | Kind::Ne | Kind::Gt | Kind::Gte | Kind::Lt | Kind::Lte => {
                    frame!(self, self.expression(kind.binding_power()))?;
                    Ok(Node::Other)
                }
                Kind::Flatten => {
                    self.projection_rhs(Kind::Flatten.binding_power())?;
                    Ok(Node::Other)
                }
                _ => {
                    if matches!(self.current(), Kind::Number | Kind::Colon) {
                        let right = self.index_expression()?;
                        // The library adds an index or slice to an index expression on its left
                        // without looking for a projection after it.
                        if left == Node::IndexExpression {
                            Ok(Node::IndexExpression)
                        } else {
                            self.project_if_slice(right)
                        }
                    } else {
                        self.expect(Kind::Star)?;
                        self.expect(Kind::Rbracket)?;
                        self.projection_rhs(Kind::Star.binding_power())?;
                        Ok(Node::Other)
                    }
                }
            }
        })
    }

    fn led_filter(&mut self) -> Parsed {
        frame!(self, {
            self.expression(0)?;
            self.expect(Kind::Rbracket)?;
            if self.current() != Kind::Flatten {
                self.projection_rhs(Kind::Filter.binding_power())?;
            }
            Ok(Node::Other)
        })
    }

    fn index_expression(&mut self) -> Parsed {
        frame!(self, {
            if self.current() == Kind::Colon || self.token(1).kind == Kind::Colon {
                self.slice_expression()
            } else {
                self.advance();
                self.expect(Kind::Rbracket)?;
                Ok(Node::Other)
            }
        })
    }

    fn slice_expression(&mut self) -> Parsed {
        frame!(self, {
            let mut index = 0;
            let mut current = self.current();
            while current != Kind::Rbracket && index < 3 {
                match current {
                    Kind::Colon => {
                        index += 1;
                        if index == 3 {
                            return Err(self.error_for(self.token(0), "syntax error"));
                        }
                        self.advance();
                    }
                    Kind::Number => self.advance(),
                    _ => return Err(self.error_for(self.token(0), "syntax error")),
                }
                current = self.current();
            }
            self.expect(Kind::Rbracket)?;
            Ok(Node::Slice)
        })
    }

    fn project_if_slice(&mut self, right: Node) -> Parsed {
        frame!(self, {
            if right == Node::Slice {
                self.projection_rhs(Kind::Star.binding_power())?;
                Ok(Node::Other)
            } else {
                Ok(Node::IndexExpression)
            }
        })
    }

    fn multi_select_list(&mut self) -> Parsed {
        frame!(self, {
            loop {
                self.expression(0)?;
                if self.current() == Kind::Rbracket {
                    break;
                }
                self.expect(Kind::Comma)?;
            }
            self.expect(Kind::Rbracket)?;
            Ok(Node::Other)
        })
    }

    fn multi_select_hash(&mut self) -> Parsed {
        frame!(self, {
            loop {
                let key = self.token(0);
                if !matches!(key.kind, Kind::QuotedIdentifier | Kind::UnquotedIdentifier) {
                    return Err(self.expected(key, "['quoted_identifier', 'unquoted_identifier']"));
                }
                self.advance();
                self.expect(Kind::Colon)?;
                self.expression(0)?;
                match self.current() {
                    Kind::Comma => self.expect(Kind::Comma)?,
                    Kind::Rbrace => {
                        self.expect(Kind::Rbrace)?;
                        break;
                    }
                    _ => {}
                }
            }
            Ok(Node::Other)
        })
    }

    fn projection_rhs(&mut self, binding_power: u8) -> Parsed {
        frame!(self, {
            match self.current() {
                current if current.binding_power() < PROJECTION_STOP => {}
                Kind::Lbracket | Kind::Filter => {
                    self.expression(binding_power)?;
                }
                Kind::Dot => {
                    self.expect(Kind::Dot)?;
                    self.dot_rhs(binding_power)?;
                }
                _ => return Err(self.error_for(self.token(0), "syntax error")),
            }
            Ok(Node::Other)
        })
    }

    fn dot_rhs(&mut self, binding_power: u8) -> Parsed {
        frame!(self, {
            match self.current() {
                Kind::QuotedIdentifier | Kind::UnquotedIdentifier | Kind::Star => self.expression(binding_power),
                Kind::Lbracket => {
                    self.expect(Kind::Lbracket)?;
                    self.multi_select_list()
                }
                Kind::Lbrace => {
                    self.expect(Kind::Lbrace)?;
                    self.multi_select_hash()
                }
                other => Err(self.error_for(
                    self.token(0),
                    format!(
                        "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: {}",
                        other.name()
                    ),
                )),
            }
        })
    }

    /// `_match`: the current token must be of `kind`.
    fn expect(&mut self, kind: Kind) -> Result<(), ParseError> {
        if self.current() == kind {
            self.advance();
            return Ok(());
        }
        Err(self.expected(self.token(0), kind.name()))
    }

    fn expected(&self, token: &Token, expected: &str) -> ParseError {
        if token.kind == Kind::Eof {
            return ParseError::Incomplete;
        }
        self.error_for(token, format!("Expecting: {expected}, got: {}", token.kind.name()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn accepts_what_jmespath_accepts() {
        for expression in [
            "a",
            "a.b[0].c",
            "Users[?Username=='mary'].Arn | [0]",
            "f(a b)",
            "{a: b c: d}",
            "[1:2 3]",
            "[a, *]",
            "`{\"a\": [1, 2.5]}`",
            "`not json`",
            "@",
            "&a",
            "a[*].b[]",
            "!a && b || c",
            "\"quoted\".x",
            "'raw\\'s'",
        ] {
            assert_eq!(compile_error(expression), None, "{expression}");
        }
    }

    #[test]
    fn refuses_with_the_libraries_messages() {
        for (expression, message) in [
            ("", "Invalid JMESPath expression: cannot be empty."),
            ("[", "Invalid jmespath expression: Incomplete expression:\n\"[\"\n  ^"),
            ("a b", "Unexpected token: b: Parse error at column 2, token \"b\" (UNQUOTED_IDENTIFIER), for expression:\n\"a b\"\n   ^"),
            ("a = b", "Bad jmespath expression: Unknown token '=':\na = b\n  ^"),
            ("a#", "Bad jmespath expression: Unknown token #:\na#\n ^"),
            ("'a", "Bad jmespath expression: Unclosed ' delimiter:\n'a\n^"),
            ("a `1`", "Unexpected token: 1: Parse error at column 2, token \"1\" (LITERAL), for expression:\n\"a `1`\"\n   ^"),
            ("\"a\"(b)", "Quoted identifier not allowed for function names.: Parse error at column 0, token \"(\" (LPAREN), for expression:\n\"\"a\"(b)\"\n ^"),
            ("@(b)", "Invalid function name '@': Parse error at column 0, token \"@\" (CURRENT), for expression:\n\"@(b)\"\n ^"),
            ("a.1", "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: number: Parse error at column 2, token \"1\" (NUMBER), for expression:\n\"a.1\"\n   ^"),
        ] {
            assert_eq!(compile_error(expression).as_deref(), Some(message), "{expression}");
        }
    }

    /// Python's limit is deeper than a debug build's frames fit in a test thread's stack.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn deep_nesting_stops_at_the_recursion_limit() {
        let stack = if cfg!(debug_assertions) { 64 << 20 } else { 1024 << 10 };
        let run = std::thread::Builder::new().stack_size(stack).spawn(deep_nesting);
        assert!(run.map(std::thread::JoinHandle::join).is_ok_and(|joined| joined.is_ok()));
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn deep_nesting() {
        let deep = format!("{}a{}", "(".repeat(100_000), ")".repeat(100_000));
        assert!(compile_error(&deep).is_some_and(|m| m.starts_with(RECURSION_ERROR)));
        let literal = format!("`{}{}`", "[".repeat(100_000), "]".repeat(100_000));
        assert!(compile_error(&literal).is_some_and(|m| m.starts_with(RECURSION_ERROR)));
        assert_eq!(compile_error(&format!("{}a{}", "(".repeat(50), ")".repeat(50))), None);
    }

    #[test]
    fn floats_show_as_python_shows_them() {
        for (value, shown) in
            [(1.0, "1.0"), (0.1, "0.1"), (1e16, "1e+16"), (1.5e-5, "1.5e-05"), (123.456, "123.456"), (1e-4, "0.0001")]
        {
            assert_eq!(python_float_str(value), shown);
        }
    }
}
