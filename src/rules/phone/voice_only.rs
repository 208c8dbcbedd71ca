//! `voice-only`: a channel other than VOICE in a list that supports only VOICE.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path;
use crate::rules::{channel, elements, Check, Context, Rule, Scope};

/// The lists whose Channel documentation says "Only VOICE is supported for this data type".
const VOICE_ONLY_LISTS: [&str; 3] = ["PhoneNumberConfigs", "PersistentConnectionConfigs", "VoiceEnhancementConfigs"];

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "voice-only",
        severity: Severity::Error,
        title: "Channel other than VOICE in a voice-only list",
        summary: "PhoneNumberConfigs, PersistentConnectionConfigs and VoiceEnhancementConfigs support only the VOICE channel.",
        explanation: r#"## What it checks

That every element of `PhoneNumberConfigs`, `PersistentConnectionConfigs` and
`VoiceEnhancementConfigs` has `Channel` `VOICE`. (A value that is not a channel at all is `enum`.)

## Why

The `Channel` documentation of each of these shapes says: "Only VOICE is supported for this data
type." The shared `Channel` enum still lists CHAT, TASK and EMAIL, so nothing in the model or the
CLI stops them.

## Example

This fails:

```json fails
{"VoiceEnhancementConfigs": [{"Channel": "CHAT", "VoiceEnhancementMode": "NOISE_SUPPRESSION"}]}
```

This passes:

```json passes
{"VoiceEnhancementConfigs": [{"Channel": "VOICE", "VoiceEnhancementMode": "NOISE_SUPPRESSION"}]}
```

## Fix

Use `VOICE`, or remove the element; these settings have no meaning for other channels.

## Source

botocore `service-2.json`: `PhoneNumberConfig.Channel`, `PersistentConnectionConfig.Channel` and
`VoiceEnhancementConfig.Channel` documentation; constraints notes §4.3.
"#,
    },
    messages: &[&NOT_VOICE],
    helps: &[&USE_VOICE],
    check: Check::Request(check),
    scope: Scope::Every,
    fix: None,
};

static NOT_VOICE: Template = Template::new("{path} is {channel}, but {list} supports only VOICE.");
static USE_VOICE: Template = Template::new("Use VOICE, or remove this element.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for list in VOICE_ONLY_LISTS {
        for (index, element) in elements(cx.request, list) {
            match channel(element) {
                Some(other) if other != "VOICE" => out.push(
                    RULE.report(path![list, index, "Channel"], &NOT_VOICE)
                        .with_help(&USE_VOICE)
                        .with_arg("channel", Arg::word(other))
                        .with_arg("list", Arg::word(list)),
                ),
                _ => {}
            }
        }
    }
}
