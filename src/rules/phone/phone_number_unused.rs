//! `phone-number-unused`: a desk phone number with a soft phone.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules::phone::phone_settings;
use crate::rules::{Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "phone-number-unused",
        severity: Severity::Warning,
        title: "Desk phone number with a soft phone",
        summary: "A desk phone number is given but the phone type is SOFT_PHONE, so it is not used.",
        explanation: r#"## What it checks

That a desk phone number (`PhoneConfig.DeskPhoneNumber`, or `PhoneNumber` in a `PhoneNumberConfigs`
element) is not given with a `SOFT_PHONE` phone type. A PhoneConfig without `PhoneType` counts as
SOFT_PHONE, the service's default. `related` points at the PhoneType.

## Why

The number is documented as "the phone number for the user's desk phone"; a soft-phone agent takes
calls in the browser and the number is ignored. The Terraform provider even suppresses it unless the
type is DESK_PHONE. Usually the type was meant to be DESK_PHONE.

## Example

This warns:

```json fails
{"PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "SOFT_PHONE", "PhoneNumber": "+15555551212"}]}
```

This passes:

```json passes
{"PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "DESK_PHONE", "PhoneNumber": "+15555551212"}]}
```

## Fix

Set the phone type to DESK_PHONE, or remove the number.

## Source

botocore `service-2.json` (`DeskPhoneNumber`, `PhoneNumberConfig.PhoneNumber` documentation; Smithy
`@default("SOFT_PHONE")`); Terraform `internal/service/connect/user.go`; constraints notes §10 and §12.
"#,
    },
    messages: &[&UNUSED],
    helps: &[&DESK_OR_REMOVE],
    check: Check::Request(check),
    scope: Scope::Every,
    fix: None,
};

static UNUSED: Template = Template::new("{path} is not used, because the phone type is SOFT_PHONE.");
static DESK_OR_REMOVE: Template =
    Template::new("Set the phone type to DESK_PHONE if calls should go to this number, or remove the number.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for setting in phone_settings(cx.request) {
        let soft = match setting.owner.get("PhoneType") {
            // PhoneConfig without a PhoneType means SOFT_PHONE, the service's default.
            None => setting.number_member == "DeskPhoneNumber",
            Some(_) => setting.phone_type() == Some("SOFT_PHONE"),
        };
        if soft && setting.number().is_some() {
            out.push(
                RULE.report(setting.number_path(), &UNUSED)
                    .with_related(setting.type_path())
                    .with_help(&DESK_OR_REMOVE),
            );
        }
    }
}
