//! `duplicate-channel`: the same Channel twice in one list.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::model::CHANNELS;
use crate::path;
use crate::rules::phone::CHANNEL_LISTS;
use crate::rules::{channel, elements, Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "duplicate-channel",
        severity: Severity::Warning,
        title: "Channel repeated in a list",
        summary: "The same Channel appears twice in one channel-specific list.",
        explanation: r#"## What it checks

That no channel-specific list (`AutoAcceptConfigs`, `AfterContactWorkConfigs`,
`PhoneNumberConfigs`, `PersistentConnectionConfigs`, `VoiceEnhancementConfigs`) has two elements for
the same `Channel`. The diagnostic is on the later element; `related` points at the first.

## Why

It is a warning because no source says whether duplicates are allowed, and the model has no
uniqueness trait. But each list is documented as "configuration settings for each channel", one
setting per channel, and with two VOICE elements which one wins is undefined.

## Example

This warns:

```json fails
{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true}, {"Channel": "VOICE", "AutoAccept": false}]}
```

This passes:

```json passes
{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true}, {"Channel": "CHAT", "AutoAccept": false}]}
```

## Fix

Keep one element per channel.

## Source

botocore `service-2.json`, the five list shapes and their documentation; constraints notes §4.4.
"#,
    },
    messages: &[&REPEATS],
    helps: &[&KEEP_ONE],
    check: Check::Request(check),
    scope: Scope::Every,
    fix: None,
};

static REPEATS: Template = Template::new("{element} repeats Channel {channel}, already set by {first}.");
static KEEP_ONE: Template = Template::new("Keep one element per channel.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for list in CHANNEL_LISTS {
        // Where each of the model's channels first appears in the list.
        let mut first_seen = [None; CHANNELS.len()];
        for (index, element) in elements(cx.request, list) {
            let Some(channel) = channel(element) else { continue };
            let Some(slot) = CHANNELS.iter().position(|c| *c == channel) else { continue };
            match first_seen[slot] {
                Some(first) => out.push(
                    RULE.report(path![list, index, "Channel"], &REPEATS)
                        .with_related(path![list, first, "Channel"])
                        .with_help(&KEEP_ONE)
                        .with_arg("element", Arg::Path(path![list, index]))
                        .with_arg("first", Arg::Path(path![list, first]))
                        .with_arg("channel", Arg::word(channel)),
                ),
                None => first_seen[slot] = Some(index),
            }
        }
    }
}
