//! `empty-update`: an UpdateUserConfig request with none of its settings.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::operation::Operation;
use crate::path;
use crate::rules::{is_set, Check, Context, Rule, Scope, CHANNEL_LISTS};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "empty-update",
        severity: Severity::Warning,
        title: "Nothing to update",
        summary: "An UpdateUserConfig request with none of the five channel lists changes nothing.",
        explanation: r#"## What it checks

That an UpdateUserConfig request has at least one of `AutoAcceptConfigs`,
`AfterContactWorkConfigs`, `PhoneNumberConfigs`, `PersistentConnectionConfigs` and
`VoiceEnhancementConfigs`.

## Why

The model makes all five optional, so the AWS CLI sends a request with only `UserId` and
`InstanceId`, but such a request has nothing to update. AWS does not document whether the service
accepts it as a no-op or rejects it, so it is a warning: it is almost certainly a mistake, such as
a list typed under the wrong name (`unknown-member` reports that too).

## Example

This warns:

```json fails operation=UpdateUserConfig
{}
```

This passes:

```json passes operation=UpdateUserConfig
{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true}]}
```

## Fix

Add the settings to change, or do not send the request.

## Source

botocore `service-2.json` (1.43.62): UpdateUserConfigRequest, whose only required members are
`UserId` and `InstanceId`.
"#,
    },
    messages: &[&NOTHING],
    helps: &[&ADD_SETTINGS],
    check: Check::Request(check),
    scope: Scope::Operation(Operation::UpdateUserConfig),
    fix: None,
};

static NOTHING: Template = Template::new("This UpdateUserConfig request has none of AutoAcceptConfigs, AfterContactWorkConfigs, PhoneNumberConfigs, PersistentConnectionConfigs and VoiceEnhancementConfigs, so it changes nothing.");
static ADD_SETTINGS: Template = Template::new("Add the channel settings to change, or do not send the request.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !CHANNEL_LISTS.iter().any(|member| is_set(cx.request, member)) {
        out.push(RULE.report(path![], &NOTHING).with_help(&ADD_SETTINGS));
    }
}
