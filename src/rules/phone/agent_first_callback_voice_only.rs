//! `agent-first-callback-voice-only`: agent-first callback settings on a channel other than VOICE.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path;
use crate::rules::{channel, elements, is_set, Check, Context, Rule, Scope};

/// The agent-first callback members and their lists.
const CALLBACK_MEMBERS: [(&str, &str); 2] = [
    ("AutoAcceptConfigs", "AgentFirstCallbackAutoAccept"),
    ("AfterContactWorkConfigs", "AgentFirstCallbackAfterContactWorkConfig"),
];

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "agent-first-callback-voice-only",
        severity: Severity::Error,
        title: "Agent-first callback setting on a non-VOICE channel",
        summary:
            "AgentFirstCallbackAutoAccept and AgentFirstCallbackAfterContactWorkConfig apply only to the VOICE channel.",
        explanation: r#"## What it checks

That `AgentFirstCallbackAutoAccept` (in AutoAcceptConfigs) and
`AgentFirstCallbackAfterContactWorkConfig` (in AfterContactWorkConfigs) appear only on elements whose
`Channel` is `VOICE`. `related` points at that element's Channel.

## Why

Both members are documented with "This setting only applies to the VOICE channel." Callbacks are a
voice feature; on a CHAT or TASK element the setting is meaningless, and a request carrying it is
almost certainly set up wrongly.

## Example

This fails:

```json fails
{"AutoAcceptConfigs": [{"Channel": "CHAT", "AutoAccept": true, "AgentFirstCallbackAutoAccept": true}]}
```

This passes:

```json passes
{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true, "AgentFirstCallbackAutoAccept": true}]}
```

## Fix

Move the setting to the VOICE element, or remove it.

## Source

botocore `service-2.json`: `AutoAcceptConfig.AgentFirstCallbackAutoAccept` and
`AfterContactWorkConfigPerChannel.AgentFirstCallbackAfterContactWorkConfig` documentation;
constraints notes §4.3.
"#,
    },
    messages: &[&VOICE_ONLY],
    helps: &[&MOVE_IT],
    check: Check::Request(check),
    scope: Scope::Every,
    fix: None,
};

static VOICE_ONLY: Template = Template::new("{path} applies only to VOICE, but this element's Channel is {channel}.");
static MOVE_IT: Template = Template::new("Move the setting to the VOICE element, or remove it.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for (list, member) in CALLBACK_MEMBERS {
        for (index, element) in elements(cx.request, list) {
            match channel(element) {
                Some(other) if other != "VOICE" && is_set(element, member) => out.push(
                    RULE.report(path![list, index, member], &VOICE_ONLY)
                        .with_related(path![list, index, "Channel"])
                        .with_help(&MOVE_IT)
                        .with_arg("channel", Arg::word(other)),
                ),
                _ => {}
            }
        }
    }
}
