//! Results as the JSON the JavaScript API returns, rendered: what the native CLI prints with
//! `--format json`, so that the two can be compared field for field.

use crate::diagnostic::{Diagnostic, Edit, Fix, ValidationResult};
use crate::path::{Path, Segment};
use crate::syntax::json;
use crate::value::Value;

/// `{"valid":…,"diagnostics":[…]}`; fixes are computed from `request`.
pub fn result_json(result: &ValidationResult, request: &Value) -> String {
    let mut out = String::with_capacity(256 + 400 * result.diagnostics.len());
    out.push_str(if result.valid { "{\"valid\":true,\"diagnostics\":" } else { "{\"valid\":false,\"diagnostics\":" });
    write_diagnostics(&mut out, &result.diagnostics, request);
    out.push('}');
    out
}

/// `[…]`: each diagnostic as the JavaScript API's object, absent fields left out.
pub fn write_diagnostics(out: &mut String, diagnostics: &[Diagnostic], request: &Value) {
    write_list(out, diagnostics, |diagnostic, out| write_diagnostic(out, diagnostic, request));
}

fn write_diagnostic(out: &mut String, diagnostic: &Diagnostic, request: &Value) {
    out.push_str("{\"code\":");
    json::write_string(out, diagnostic.code());
    out.push_str(",\"severity\":");
    json::write_string(out, diagnostic.severity.as_str());
    out.push_str(",\"path\":");
    write_path(out, &diagnostic.path);
    out.push_str(",\"message\":");
    json::write_string(out, &diagnostic.message());
    if let Some(help) = diagnostic.help() {
        out.push_str(",\"help\":");
        json::write_string(out, &help);
    }
    if !diagnostic.related.is_empty() {
        out.push_str(",\"related\":");
        write_list(out, &diagnostic.related, |path, out| write_path(out, path));
    }
    if let Some(fix) = diagnostic.fix(request) {
        out.push_str(",\"fix\":");
        write_fix(out, &fix);
    }
    if let Some(span) = diagnostic.span {
        out.push_str(&format!(",\"span\":{{\"start\":{},\"end\":{}}}", span.start, span.end));
    }
    out.push('}');
}

/// `{"path":[…],"value":…,"also":[…]}`: the main edit's fields, then the edits that go with it.
pub fn fix_json(fix: &Fix) -> String {
    let mut out = String::new();
    write_fix(&mut out, fix);
    out
}

fn write_fix(out: &mut String, fix: &Fix) {
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
pub fn write_path(out: &mut String, path: &Path) {
    write_list(out, path.segments(), |segment, out| match segment {
        Segment::Key(key) => json::write_string(out, key),
        Segment::Index(index) => out.push_str(&index.to_string()),
    });
}

/// Writes `[a,b,…]` with `write` for each item.
fn write_list<T>(out: &mut String, items: &[T], write: impl Fn(&T, &mut String)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(item, out);
    }
    out.push(']');
}
