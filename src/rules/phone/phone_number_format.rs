//! `phone-number-format`: a desk phone number not in E.164 form.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Edit, Fix, Severity};
use crate::rules::identity::mobile_format::WRITE_E164;
use crate::rules::patterns::is_e164;
use crate::rules::phone::phone_settings;
use crate::rules::{Check, Context, Rule, Scope};
use crate::value::Value;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "phone-number-format",
        severity: Severity::Error,
        title: "Desk phone number not in E.164 form",
        summary: "DeskPhoneNumber and PhoneNumberConfigs[].PhoneNumber must be + followed by 2–15 ASCII digits, the first not 0.",
        explanation: r#"## What it checks

That `PhoneConfig.DeskPhoneNumber` and each `PhoneNumberConfigs[].PhoneNumber` is an E.164 number:
`+`, a digit 1–9, then 1 to 14 more digits, with nothing before or after. Digits are ASCII only:
Rust's `\d`, like Java's with Unicode classes, would accept `+١٢٣`, which no phone system dials.
The message never shows the number.

## Why

Both members use the `SensitivePhoneNumber` shape, whose pattern is `\+[1-9]\d{1,14}$`. That pattern
is anchored only at the end, so read as a search it would accept `call +15555551212`; the Smithy
model anchors it at the start too (`^\+[1-9]\d{1,14}$`), which is what this rule implements. (Before
2026-02-10 DeskPhoneNumber used the double-escaped pattern that `mobile-format` describes.)

## Example

This fails:

```json fails
{"PhoneConfig": {"PhoneType": "DESK_PHONE", "DeskPhoneNumber": "(555) 555-1212"}}
```

This passes:

```json passes
{"PhoneConfig": {"PhoneType": "DESK_PHONE", "DeskPhoneNumber": "+15555551212"}}
```

## Fix

Write `+`, the country code and the number, digits only. When removing spaces, dashes, dots and
parentheses leaves a valid number, the diagnostic carries that as its fix.

## Source

botocore `service-2.json` (`SensitivePhoneNumber`); Smithy model; Terraform `validate.go`
(unanchored, so it accepts `x+15555551212`); constraints notes §3, §7.5 and §12.
"#,
    },
    messages: &[&NOT_E164],
    helps: &[&WRITE_E164],
    check: Check::Request(check),
    scope: Scope::Every,
    fix: Some(fix),
};

static NOT_E164: Template = Template::new("{path} is not an E.164 phone number such as +15555551212.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for setting in phone_settings(cx.request) {
        let Some(number) = setting.number().and_then(|v| v.as_str()) else { continue };
        if is_e164(number) {
            continue;
        }
        let diagnostic = RULE.report(setting.number_path(), &NOT_E164).with_help(&WRITE_E164);
        out.push(if cleaned(number).is_some() { diagnostic.fixable() } else { diagnostic });
    }
}

/// The number without the spaces, dashes, dots and parentheses people write in it.
fn fix(diagnostic: &Diagnostic, request: &Value) -> Option<Fix> {
    let number = cleaned(diagnostic.path.find_in(request)?.as_str()?)?;
    Some(Edit::set(diagnostic.path.clone(), number).into())
}

/// `number` as E.164 once spaces, dashes, dots and parentheses are dropped, when that is enough.
fn cleaned(number: &str) -> Option<String> {
    let cleaned: String = number.chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')')).collect();
    is_e164(&cleaned).then_some(cleaned)
}
