//! `desk-phone-number-required`: DESK_PHONE without a phone number.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::phone::phone_settings;
use crate::rules::{Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "desk-phone-number-required",
        severity: Severity::Error,
        title: "Desk phone without a number",
        summary: "PhoneType DESK_PHONE needs a phone number: DeskPhoneNumber in PhoneConfig, PhoneNumber in PhoneNumberConfigs.",
        explanation: r#"## What it checks

That a `PhoneType` of `DESK_PHONE` comes with its number: `PhoneConfig.DeskPhoneNumber`, or
`PhoneNumber` in the same `PhoneNumberConfigs` element. `related` points at the PhoneType.

## Why

Calls to a desk-phone agent are placed to that number, so there is nothing to route to without it.
The model does not encode this; the Terraform provider documents the number as "Required if
`phone_type` is set as `DESK_PHONE`" and the Admin Guide says "If you select desk phone, enter their
phone number".

## Example

This fails:

```json fails
{"PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "DESK_PHONE"}]}
```

This passes:

```json passes
{"PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "DESK_PHONE", "PhoneNumber": "+15555551212"}]}
```

## Fix

Add the desk phone number in E.164 form, or use SOFT_PHONE.

## Source

Terraform `website/docs/r/connect_user.html.markdown`; Admin Guide `configure-agents.md`;
constraints notes §4.5.
"#,
    },
    messages: &[&REQUIRED],
    helps: &[&ADD_IT],
    check: Check::Request(check),
    scope: Scope::Every,
    fix: None,
};

static REQUIRED: Template = Template::new("{path} is required because the phone type is DESK_PHONE.");
static ADD_IT: Template =
    Template::new("Add the desk phone number in E.164 form, such as +15555551212, or use SOFT_PHONE.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for setting in phone_settings(cx.request) {
        if setting.phone_type() == Some("DESK_PHONE") && setting.number().is_none() {
            out.push(
                RULE.report(setting.number_path(), &REQUIRED).with_related(setting.type_path()).with_help(&ADD_IT),
            );
        }
    }
}
