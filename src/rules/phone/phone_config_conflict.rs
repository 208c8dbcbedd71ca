//! `phone-config-conflict`: a PhoneConfig field set together with its channel-specific list.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Fix, Severity};
use crate::path;
use crate::rules::migration::{example_element, move_pair, COUNTERPARTS};
use crate::rules::{object, Check, Context, Rule, Scope};
use crate::value::Value;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "phone-config-conflict",
        severity: Severity::Error,
        title: "PhoneConfig conflicts with a channel-specific list",
        summary: "A PhoneConfig field and the channel-specific list that replaces it cannot both be set.",
        explanation: r#"## What it checks

The pairs the CreateUser documentation names:

| PhoneConfig field | conflicts with |
|---|---|
| `PhoneConfig.AutoAccept` | `AutoAcceptConfigs` |
| `PhoneConfig.AfterContactWorkTimeLimit` | `AfterContactWorkConfigs` |
| `PhoneConfig.PhoneType`, `PhoneConfig.DeskPhoneNumber` | `PhoneNumberConfigs` |
| `PhoneConfig.PersistentConnection` | `PersistentConnectionConfigs` |

There is one diagnostic per conflicting pair. Its `path` is the PhoneConfig field and `related` is
the list, so a form can mark both. `VoiceEnhancementConfigs` has no PhoneConfig counterpart.

## Why

The operation documentation (since 2026-02-10): "Fields in PhoneConfig cannot be set simultaneously
with their corresponding channel-specific configuration parameters." It writes
`PhoneConfig.PhoneNumber`, but the member is called `DeskPhoneNumber`. Which error the service
returns is not documented.

## Example

This fails, because auto-accept is set in both places:

```json fails
{"PhoneConfig": {"AutoAccept": true}, "AutoAcceptConfigs": [{"Channel": "CHAT", "AutoAccept": false}]}
```

This passes, with the VOICE setting moved into the list:

```json passes
{"AutoAcceptConfigs": [{"Channel": "CHAT", "AutoAccept": false}, {"Channel": "VOICE", "AutoAccept": true}]}
```

## Fix

Keep the channel-specific form, which AWS recommends. The diagnostic's fix removes the PhoneConfig
field (and PhoneConfig itself when nothing else is left in it) and, when the list has no VOICE
element yet, adds the field's value to it as one. When the list already has a VOICE element, that
element wins and the PhoneConfig field is only removed.

## Source

botocore `service-2.json`, CreateUser operation documentation (commit `56b39db6`, 2026-02-10);
constraints notes §4.2.
"#,
    },
    messages: &[&CONFLICT],
    helps: &[&SET_PER_CHANNEL],
    check: Check::Request(check),
    scope: Scope::Members(&[
        "PhoneConfig",
        "AutoAcceptConfigs",
        "AfterContactWorkConfigs",
        "PhoneNumberConfigs",
        "PersistentConnectionConfigs",
    ]),
    fix: Some(fix),
};

static CONFLICT: Template = Template::new("{path} cannot be set together with {list}.");
static SET_PER_CHANNEL: Template = Template::new("Set it per channel instead: remove {path} and give {list} a VOICE element such as {example}; an existing VOICE element takes its place.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(phone_config) = object(cx.request, "PhoneConfig") else { return };
    for counterpart in &COUNTERPARTS {
        if !matches!(cx.request.get(counterpart.list), Some(Value::Array(_))) {
            continue;
        }
        let list = counterpart.list;
        for field in counterpart.set_fields(phone_config) {
            out.push(
                RULE.report(path!["PhoneConfig", field], &CONFLICT)
                    .with_related(path![list])
                    .with_help(&SET_PER_CHANNEL)
                    .with_arg("list", Arg::word(list))
                    .with_arg("example", Arg::Value(example_element(counterpart, phone_config)))
                    .fixable(),
            );
        }
    }
}

/// Moves the conflicting pair's fields into the list, as the help says.
fn fix(diagnostic: &Diagnostic, request: &Value) -> Option<Fix> {
    let Some(Arg::Word(list)) = diagnostic.arg("list") else { return None };
    let counterpart = COUNTERPARTS.iter().find(|c| c.list == list)?;
    let request = request.as_object()?;
    move_pair(request, object(request, "PhoneConfig")?, counterpart)
}
