//! What validation reports: diagnostics with stable codes, and the fixes some of them carry.

use crate::path::Path;
use crate::value::{Object, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
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

    fn to_value(&self) -> Object {
        let mut object = Object::new();
        object.insert("path", self.path.to_value());
        if let Some(value) = &self.value {
            object.insert("value", value.clone());
        }
        object
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

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// A stable code from the rule catalogue.
    pub code: &'static str,
    pub severity: Severity,
    /// Where the problem is; empty only for request-wide problems.
    pub path: Path,
    /// One sentence about this request. It never contains a sensitive value.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// The other side(s) of a conflict.
    pub related: Vec<Path>,
    pub fix: Option<Fix>,
    /// For diagnostics about a parsed command: where in its text.
    pub span: Option<Span>,
}

impl Diagnostic {
    pub fn new(code: &'static str, severity: Severity, path: Path, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity,
            path,
            message: message.into(),
            help: None,
            related: Vec::new(),
            fix: None,
            span: None,
        }
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_related(mut self, path: Path) -> Self {
        self.related.push(path);
        self
    }

    pub fn with_fix(mut self, fix: impl Into<Fix>) -> Self {
        self.fix = Some(fix.into());
        self
    }

    pub fn with_span(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// The diagnostic as the JSON object of the JavaScript API.
    pub fn to_value(&self) -> Value {
        let mut object = Object::new();
        object.insert("code", Value::from(self.code));
        object.insert("severity", Value::from(self.severity.as_str()));
        object.insert("path", self.path.to_value());
        object.insert("message", Value::from(self.message.as_str()));
        if let Some(help) = &self.help {
            object.insert("help", Value::from(help.as_str()));
        }
        if !self.related.is_empty() {
            object.insert("related", Value::Array(self.related.iter().map(Path::to_value).collect()));
        }
        if let Some(fix) = &self.fix {
            let mut fix_value = fix.edit.to_value();
            if !fix.also.is_empty() {
                fix_value.insert("also", Value::Array(fix.also.iter().map(|e| Value::Object(e.to_value())).collect()));
            }
            object.insert("fix", Value::Object(fix_value));
        }
        if let Some(span) = self.span {
            let mut span_value = Object::new();
            span_value.insert("start", Value::from(span.start as i64));
            span_value.insert("end", Value::from(span.end as i64));
            object.insert("span", Value::Object(span_value));
        }
        Value::Object(object)
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

    /// The result as the JSON object of the JavaScript API.
    pub fn to_value(&self) -> Value {
        let mut object = Object::new();
        object.insert("valid", Value::Bool(self.valid));
        object.insert("diagnostics", Value::Array(self.diagnostics.iter().map(Diagnostic::to_value).collect()));
        Value::Object(object)
    }
}
