//! `phone-config-superseded`: UpdateUserPhoneConfig, which AWS recommends replacing with
//! UpdateUserConfig.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::operation::Operation;
use crate::path;
use crate::rules::{Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "phone-config-superseded",
        severity: Severity::Info,
        title: "UpdateUserPhoneConfig is superseded",
        summary: "AWS recommends UpdateUserConfig over UpdateUserPhoneConfig, which sets the same after contact work timeout on every channel.",
        explanation: r#"## What it checks

Every UpdateUserPhoneConfig request: the operation's own documentation recommends another one.

## Why

The UpdateUserPhoneConfig documentation: "We recommend using the UpdateUserConfig API, which
supports additional functionality that is not available in the UpdateUserPhoneConfig API, such as
voice enhancement settings and per-channel configuration for auto-accept and After Contact Work
(ACW) timeouts. In comparison, the UpdateUserPhoneConfig API will always set the same ACW timeouts
to all channels the user handles." UpdateUserConfig's says: "This operation replaces the
UpdateUserPhoneConfig API."

So a PhoneConfig with an `AfterContactWorkTimeLimit` meant for calls also changes the timeout of
the user's chats, tasks and emails. The request is still accepted, so this is an info.

## Example

This gets the recommendation:

```json fails operation=UpdateUserPhoneConfig
{"PhoneConfig": {"PhoneType": "SOFT_PHONE", "AfterContactWorkTimeLimit": 60}}
```

The same settings for the VOICE channel only, with UpdateUserConfig:

```json passes operation=UpdateUserConfig
{"AfterContactWorkConfigs": [{"Channel": "VOICE", "AfterContactWorkConfig": {"AfterContactWorkTimeLimit": 60}}],
 "PhoneNumberConfigs": [{"Channel": "VOICE", "PhoneType": "SOFT_PHONE"}]}
```

## Fix

Send the settings with `aws connect update-user-config`: each PhoneConfig field becomes a VOICE
element of its channel-specific list (`AutoAccept` → `AutoAcceptConfigs`, `AfterContactWorkTimeLimit`
→ `AfterContactWorkConfigs`, `PhoneType` and `DeskPhoneNumber` → `PhoneNumberConfigs`,
`PersistentConnection` → `PersistentConnectionConfigs`), as `legacy-phone-config` does for
CreateUser.

## Source

botocore `service-2.json` (1.43.62), the UpdateUserPhoneConfig and UpdateUserConfig operation
documentation.
"#,
    },
    messages: &[&SUPERSEDED],
    helps: &[&USE_UPDATE_USER_CONFIG],
    check: Check::Request(check),
    scope: Scope::Operation(Operation::UpdateUserPhoneConfig),
    fix: None,
};

static SUPERSEDED: Template = Template::new("AWS recommends UpdateUserConfig over UpdateUserPhoneConfig, which always sets the same after contact work timeout on all the user's channels.");
static USE_UPDATE_USER_CONFIG: Template = Template::new(
    "Send these settings as VOICE elements of the channel-specific lists with aws connect update-user-config.",
);

/// Every request of the operation gets it: the advice is about the operation itself.
fn check(_: &Context, out: &mut Vec<Diagnostic>) {
    out.push(RULE.report(path!["PhoneConfig"], &SUPERSEDED).with_help(&USE_UPDATE_USER_CONFIG));
}
