//! `legacy-phone-config`: PhoneConfig used where AWS recommends the channel-specific lists.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Fix, Severity};
use crate::model::{Shape, USER_PHONE_CONFIG};
use crate::path;
use crate::rules::migration::{migrate, COUNTERPARTS};
use crate::rules::{conforms, Check, Context, Rule, Scope};
use crate::value::Value;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "legacy-phone-config",
        severity: Severity::Info,
        title: "Legacy PhoneConfig",
        summary: "AWS recommends the channel-specific lists over PhoneConfig; the fix migrates it.",
        explanation: r#"## What it checks

That a request with `PhoneConfig` and no conflicting channel-specific list (see
`phone-config-conflict`) is pointed at the recommended form. This is a recommendation, not a
problem: PhoneConfig still works.

## Why

The operation documentation: "We recommend using channel-specific parameters such as
AutoAcceptConfigs, AfterContactWorkConfigs, PhoneNumberConfigs, PersistentConnectionConfigs, and
VoiceEnhancementConfigs for per-channel configuration." PhoneConfig has been optional since
2026-02-10 and applies to the voice channel only.

## Example

This gets the recommendation:

```json fails
{"PhoneConfig": {"PhoneType": "SOFT_PHONE", "AutoAccept": true, "AfterContactWorkTimeLimit": 60}}
```

The migrated request does not:

```json passes
{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true}], "AfterContactWorkConfigs": [{"Channel": "VOICE", "AfterContactWorkConfig": {"AfterContactWorkTimeLimit": 60}}], "PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "SOFT_PHONE"}]}
```

## Fix

The fix is the migrated request: `PhoneConfig` removed, and for each field set in it a VOICE
element in its list. `AutoAccept` → `AutoAcceptConfigs[{Channel: VOICE, AutoAccept}]`,
`AfterContactWorkTimeLimit` → `AfterContactWorkConfigs[{Channel: VOICE, AfterContactWorkConfig:
{AfterContactWorkTimeLimit}}]`, `PhoneType` and `DeskPhoneNumber` →
`PhoneNumberConfigs[{Channel: VOICE, PhoneType, PhoneNumber}]` (PhoneType defaults to SOFT_PHONE, as
the service's does), `PersistentConnection` → `PersistentConnectionConfigs[{Channel: VOICE,
PersistentConnection}]`. The main edit adds the first list and `also` holds the rest, with the
removal of PhoneConfig last. The fix is offered only when PhoneConfig has the model's shape (types,
enums, lengths), so nothing malformed is copied; a value that a further rule questions, such as a
DeskPhoneNumber not in E.164 form, moves as it is and is reported at its new place.

## Source

botocore `service-2.json`, CreateUser operation documentation and `PhoneConfig` member
documentation; Smithy `@default("SOFT_PHONE")` on `UserPhoneConfig.PhoneType`; constraints notes
§4.2, §9 and §10.
"#,
    },
    messages: &[&LEGACY],
    helps: &[&MOVE_FIELDS],
    check: Check::Request(check),
    scope: Scope::Members(&["PhoneConfig", "PhoneNumberConfigs"]),
    fix: Some(fix),
};

static LEGACY: Template = Template::new("PhoneConfig is the legacy form; AWS recommends the channel-specific AutoAcceptConfigs, AfterContactWorkConfigs, PhoneNumberConfigs and PersistentConnectionConfigs.");
static MOVE_FIELDS: Template =
    Template::new("Move each PhoneConfig field into its channel-specific list as a VOICE element; the fix does it.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(value @ Value::Object(phone_config)) = cx.request.get("PhoneConfig") else { return };
    let conflicting = COUNTERPARTS.iter().any(|c| {
        matches!(cx.request.get(c.list), Some(Value::Array(_))) && c.set_fields(phone_config).next().is_some()
    });
    if conflicting {
        return;
    }
    let diagnostic = RULE.report(path!["PhoneConfig"], &LEGACY).with_help(&MOVE_FIELDS);
    // Only a PhoneConfig without model-level problems is moved as it is.
    out.push(if conforms(Shape::Structure(&USER_PHONE_CONFIG), value) { diagnostic.fixable() } else { diagnostic });
}

/// The request with PhoneConfig replaced by its channel-specific lists.
fn fix(_diagnostic: &Diagnostic, request: &Value) -> Option<Fix> {
    migrate(request.get("PhoneConfig")?.as_object()?)
}
