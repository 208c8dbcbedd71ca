//! What validation reports: diagnostics with stable codes, and the fixes some of them carry.

use crate::path::Path;
use crate::syntax::json;
use crate::value::Value;

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

    /// `{"path":[…],"value":…}`; no value means removal.
    fn write_json(&self, out: &mut String) {
        out.push('{');
        self.write_fields(out);
        out.push('}');
    }

    /// `"path":[…],"value":…`, to share an object with other fields.
    fn write_fields(&self, out: &mut String) {
        out.push_str("\"path\":");
        self.path.write_json(out);
        if let Some(value) = &self.value {
            out.push_str(",\"value\":");
            json::write(out, value);
        }
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

    /// Writes the diagnostic as the JSON object of the JavaScript API, absent fields left out.
    pub fn write_json(&self, out: &mut String) {
        out.push_str("{\"code\":");
        json::write_string(out, self.code);
        out.push_str(",\"severity\":");
        json::write_string(out, self.severity.as_str());
        out.push_str(",\"path\":");
        self.path.write_json(out);
        out.push_str(",\"message\":");
        json::write_string(out, &self.message);
        if let Some(help) = &self.help {
            out.push_str(",\"help\":");
            json::write_string(out, help);
        }
        if !self.related.is_empty() {
            out.push_str(",\"related\":");
            write_list(out, &self.related, Path::write_json);
        }
        if let Some(fix) = &self.fix {
            // The main edit's fields, then the edits that go with it.
            out.push_str(",\"fix\":{");
            fix.edit.write_fields(out);
            if !fix.also.is_empty() {
                out.push_str(",\"also\":");
                write_list(out, &fix.also, Edit::write_json);
            }
            out.push('}');
        }
        if let Some(span) = self.span {
            out.push_str(&format!(",\"span\":{{\"start\":{},\"end\":{}}}", span.start, span.end));
        }
        out.push('}');
    }
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

    /// The result as the JSON object of the JavaScript API: `{"valid":…,"diagnostics":[…]}`.
    pub fn write_json(&self, out: &mut String) {
        out.push_str(if self.valid { "{\"valid\":true,\"diagnostics\":" } else { "{\"valid\":false,\"diagnostics\":" });
        write_list(out, &self.diagnostics, Diagnostic::write_json);
        out.push('}');
    }

    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(256 + 400 * self.diagnostics.len());
        self.write_json(&mut out);
        out
    }
}
