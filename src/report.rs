//! Results as the JSON the JavaScript API returns, rendered: what the native CLI prints with
//! `--format json`, so that the two can be compared field for field.

use crate::diagnostic::{Diagnostic, ValidationResult};
use crate::syntax::json;
use crate::value::Value;
use crate::wire::{write_fix, write_list, write_path};

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

/// `{"calls":[{"operation":…,"request":…,"diagnostics":[…]}],"diagnostics":[…]}`, as
/// `planUserUpdate` returns it; each call's fixes are computed from its request.
pub fn plan_json(plan: &crate::plan::Plan) -> String {
    let mut out = String::from("{\"calls\":");
    write_list(&mut out, &plan.calls, |call, out| {
        out.push_str("{\"operation\":");
        json::write_string(out, call.operation.name());
        out.push_str(",\"request\":");
        json::write(out, &call.request);
        out.push_str(",\"diagnostics\":");
        write_diagnostics(out, &call.result.diagnostics, &call.request);
        out.push('}');
    });
    out.push_str(",\"diagnostics\":");
    write_diagnostics(&mut out, &plan.diagnostics, &Value::Null);
    out.push('}');
    out
}
