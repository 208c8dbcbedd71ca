//! `name-not-nfc`: a first or last name that is not in Unicode NFC.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::path;
use crate::rules::patterns::{is_nfc, to_nfc};
use crate::rules::{identity_string, Check, Context, Rule, Scope, Slot};
use crate::value::Value;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "name-not-nfc",
        severity: Severity::Error,
        title: "Name not in Unicode NFC",
        summary: "IdentityInfo.FirstName and LastName must be in Unicode Normalization Form C.",
        explanation: r#"## What it checks

That `IdentityInfo.FirstName` and `IdentityInfo.LastName` are in Unicode Normalization Form C
(NFC): "é" written as one character (U+00E9), not as "e" followed by a combining accent
(U+0065 U+0301). Text pasted from macOS file names or some PDF tools is often decomposed. Both
forms look the same on screen, so the message names the problem without showing the name.

## Why

The member documentation: "Inputs must be in Unicode Normalization Form C (NFC). Text containing
characters in a non-NFC form (for example, decomposed characters or combining marks) are not
accepted." This applies to every identity-management type.

## Example

This fails, because the name is "Zoe\u0308" (e + combining diaeresis):

```json fails
{"IdentityInfo": {"FirstName": "Zoe\u0308", "LastName": "Major"}}
```

This passes, with "Zoë" as one character:

```json passes
{"IdentityInfo": {"FirstName": "Zo\u00eb", "LastName": "Major"}}
```

## Fix

The diagnostic carries the NFC form of the name as its fix; `applyFixes` applies it.

## Source

botocore `service-2.json`, `UserIdentityInfo.FirstName` and `LastName` documentation (added
2024-12-12); constraints notes §3 and §9.
"#,
    },
    messages: &[&NOT_NFC],
    helps: &[&COMPOSE_IT],
    check: Check::Request(check),
    scope: Scope::Members(&["IdentityInfo"]),
    fix: Some(fix),
};

static NOT_NFC: Template =
    Template::new("{path} is not in Unicode NFC: it contains decomposed characters or combining marks.");
static COMPOSE_IT: Template = Template::new("Use the composed form of each character; the fix carries it.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for name in ["FirstName", "LastName"] {
        let Slot::Text(value) = identity_string(cx.request, name) else { continue };
        if !is_nfc(value) {
            out.push(RULE.report(path!["IdentityInfo", name], &NOT_NFC).with_help(&COMPOSE_IT).fixable());
        }
    }
}

/// The name in NFC.
fn fix(diagnostic: &Diagnostic, request: &Value) -> Option<Fix> {
    let name = diagnostic.path.find_in(request)?.as_str()?;
    Some(Edit::set(diagnostic.path.clone(), to_nfc(name)).into())
}
