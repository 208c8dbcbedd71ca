//! `mobile-format`: a Mobile number not in E.164 form.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::path;
use crate::rules::patterns::is_e164;
use crate::rules::{identity_string, Check, Context, Rule, Scope, Slot};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "mobile-format",
        severity: Severity::Error,
        title: "Mobile not in E.164 form",
        summary: "IdentityInfo.Mobile must be + followed by 2–15 ASCII digits, the first not 0.",
        explanation: r#"## What it checks

That `IdentityInfo.Mobile` is an E.164 number: `+`, a digit 1–9, then 1 to 14 more digits, all
ASCII (`+١٢٣` with Arabic-Indic digits is not a phone number), with nothing before or after. The
message never shows the number.

## Why

The model's pattern for the `PhoneNumber` shape is broken. The JSON stores
`"\\\\+[1-9]\\\\d{1,14}$"`, which decodes to the regular expression `\\+[1-9]\\d{1,14}$`: it needs
literal backslashes, so `+15555551212` does not match it (the Smithy model has the same
double-escaping). The CloudFormation schema has the intended pattern, `^\+[1-9]\d{1,14}$`, which is
what this rule implements. The Admin Guide notes that the mobile number "is not currently used by
Amazon Connect", but the service still validates it.

## Example

This fails, because E.164 has no spaces or dashes:

```json fails
{"IdentityInfo": {"Mobile": "+1 555-555-1212"}}
```

This passes:

```json passes
{"IdentityInfo": {"Mobile": "+15555551212"}}
```

## Fix

Write the number as `+`, the country code and the number, digits only.

## Source

botocore `service-2.json` (`PhoneNumber` pattern, added 2022-04-20); Smithy model; CloudFormation
`AWS::Connect::User`; Admin Guide; constraints notes §3 and §7.5.
"#,
    },
    messages: &[&NOT_E164],
    helps: &[&WRITE_E164],
    check: Check::Request(check),
    scope: Scope::Members(&["IdentityInfo"]),
    fix: None,
};

static NOT_E164: Template = Template::new("IdentityInfo.Mobile is not an E.164 phone number such as +15555551212.");
pub(crate) static WRITE_E164: Template =
    Template::new("Write + and the country code followed by the number, digits only, 15 digits at most.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if let Slot::Text(mobile) = identity_string(cx.request, "Mobile") {
        if !is_e164(mobile) {
            out.push(RULE.report(path!["IdentityInfo", "Mobile"], &NOT_E164).with_help(&WRITE_E164));
        }
    }
}
