//! What validation reports: diagnostics as data. A diagnostic is a rule, a path and typed
//! arguments; its message and help are rendered from the rule's templates only when read
//! (`render.rs` here, the generated catalogue in the npm package), and its fix is computed only
//! when asked for.

use crate::path::Path;
use crate::rules::Rule;
use crate::value::{Number, Value};
use std::borrow::Cow;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One replacement in a request: `value` at `path`, or removal of `path` when `value` is `None`.
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub path: Path,
    pub value: Option<Value>,
}

impl Edit {
    pub fn set(path: Path, value: impl Into<Value>) -> Self {
        Edit { path, value: Some(value.into()) }
    }

    pub fn remove(path: Path) -> Self {
        Edit { path, value: None }
    }
}

/// A machine-applicable remedy: one or more edits that belong together (migrating `PhoneConfig`
/// removes it and adds the channel-specific lists).
#[derive(Clone, Debug, PartialEq)]
pub struct Fix {
    /// The main edit; it is what `fix.path` and `fix.value` show.
    pub edit: Edit,
    /// Edits applied together with the main one, shown as `fix.also`.
    pub also: Vec<Edit>,
}

impl Fix {
    pub fn edits(&self) -> impl Iterator<Item = &Edit> {
        std::iter::once(&self.edit).chain(&self.also)
    }
}

impl From<Edit> for Fix {
    fn from(edit: Edit) -> Self {
        Fix { edit, also: Vec::new() }
    }
}

/// Where in a parsed text a diagnostic points, in UTF-16 code units (JavaScript string indexes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A message or help text of a rule, written in the rule's module next to its docs. A build
/// without the `messages` feature (the npm package's .wasm) keeps no text: the package renders
/// from its generated catalogue, which finds a template by its place in its rule's lists.
#[derive(Debug)]
pub struct Template {
    #[cfg(feature = "messages")]
    text: &'static str,
    /// Gives each template an address of its own.
    #[cfg(not(feature = "messages"))]
    _address: u8,
}

impl Template {
    #[cfg_attr(not(feature = "messages"), allow(unused_variables))]
    pub const fn new(text: &'static str) -> Self {
        Template {
            #[cfg(feature = "messages")]
            text,
            #[cfg(not(feature = "messages"))]
            _address: 0,
        }
    }

    #[cfg(feature = "messages")]
    pub fn text(&self) -> &'static str {
        self.text
    }
}

/// Templates are told apart by address, as the catalogue's positions are.
impl PartialEq for Template {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// A typed argument of a diagnostic's templates. How each kind is shown is `render.rs`'s, and
/// the package's generated renderer's, to decide; a check only says what it found.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// A place in the request: `IdentityInfo.Email`.
    Path(Path),
    /// Text from the request, shown as a JSON string literal cut to a readable length, or as the
    /// format says. Never a sensitive or personal value: a rule passes those by kind, not by
    /// content.
    Text(String),
    /// Text that is not the request's (a member or shape name, an enum value, a limit's unit, the
    /// words of a parser), shown as it is.
    Word(Cow<'static, str>),
    /// A rule: `{x}` shows its code, `{x:title}` its title.
    Rule(&'static Rule),
    /// A member of the model: `{x}` shows its name, `{x:doc}` its documentation hint.
    Member(&'static crate::model::Member),
    /// Words shown as a list: `A, B or C` by default.
    Words(Vec<Cow<'static, str>>),
    Int(i64),
    Number(Number),
    /// Characters, each named (`'é'`, `space`, `U+200B`).
    Chars(Vec<char>),
    /// A value shown as compact JSON, such as an example element. Never request text that can be
    /// personal data.
    Value(Value),
    /// Another diagnostic, shown as its message.
    Finding(Box<Diagnostic>),
    /// Other diagnostics, shown as their messages one after another.
    Findings(Vec<Diagnostic>),
}

impl Arg {
    pub fn text(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }

    pub fn word(word: &'static str) -> Arg {
        Arg::Word(Cow::Borrowed(word))
    }

    pub fn words(words: &[&'static str]) -> Arg {
        Arg::Words(words.iter().map(|w| Cow::Borrowed(*w)).collect())
    }

    pub fn count(n: usize) -> Arg {
        Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// What one rule found in one place, with the arguments its templates read.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub rule: &'static Rule,
    /// The rule's usual severity unless the finding says otherwise.
    pub severity: Severity,
    /// Where the problem is; empty only for request-wide problems.
    pub path: Path,
    /// The other side(s) of a conflict.
    pub related: Vec<Path>,
    /// One of the rule's message templates.
    pub message_template: &'static Template,
    /// One of the rule's help templates.
    pub help_template: Option<&'static Template>,
    pub args: Vec<(&'static str, Arg)>,
    /// Whether the rule has a fix for this finding; [`Diagnostic::fix`] computes it.
    pub fixable: bool,
    /// For diagnostics about a parsed command: where in its text.
    pub span: Option<Span>,
}

impl Diagnostic {
    pub fn new(rule: &'static Rule, path: Path, message: &'static Template) -> Self {
        Diagnostic {
            rule,
            severity: rule.doc.severity,
            path,
            related: Vec::new(),
            message_template: message,
            help_template: None,
            // Most diagnostics have a few arguments: one allocation for them.
            args: Vec::with_capacity(4),
            fixable: false,
            span: None,
        }
    }

    /// The stable code from the rule catalogue.
    pub fn code(&self) -> &'static str {
        self.rule.doc.code
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    pub fn with_help(mut self, help: &'static Template) -> Self {
        self.help_template = Some(help);
        self
    }

    pub fn with_arg(mut self, name: &'static str, arg: Arg) -> Self {
        self.args.push((name, arg));
        self
    }

    pub fn with_related(mut self, path: Path) -> Self {
        self.related.push(path);
        self
    }

    /// Marks the finding as one its rule can fix.
    pub fn fixable(mut self) -> Self {
        self.fixable = true;
        self
    }

    pub fn with_span(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// The argument called `name`.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, arg)| arg)
    }

    /// One sentence about this request. It never contains a sensitive value.
    #[cfg(feature = "messages")]
    pub fn message(&self) -> String {
        crate::render::render(self.message_template, self)
    }

    /// How to fix it.
    #[cfg(feature = "messages")]
    pub fn help(&self) -> Option<String> {
        self.help_template.map(|template| crate::render::render(template, self))
    }

    /// The machine-applicable fix, computed from the request this diagnostic is about.
    pub fn fix(&self, request: &Value) -> Option<Fix> {
        if !self.fixable {
            return None;
        }
        (self.rule.fix?)(self, request)
    }
}

/// The outcome of validating one request.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ValidationResult {
    /// True exactly when no diagnostic is an error.
    pub valid: bool,
    pub diagnostics: Vec<Diagnostic>,
}

impl ValidationResult {
    pub fn new(diagnostics: Vec<Diagnostic>) -> Self {
        let valid = diagnostics.iter().all(|d| d.severity != Severity::Error);
        ValidationResult { valid, diagnostics }
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == severity).count()
    }
}
