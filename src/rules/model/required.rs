//! `required`: a member the model requires is missing.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::model::Member;
use crate::path::Location;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "required",
        severity: Severity::Error,
        title: "Required member missing",
        summary: "A member the service model marks as required is missing.",
        explanation: r#"## What it checks

That every member the model requires is present: `Username`, `SecurityProfileIds`,
`RoutingProfileId` and `InstanceId` on the request, and inside list elements `Channel` (every
channel list), `AutoAccept` (AutoAcceptConfigs), `AfterContactWorkConfig` (AfterContactWorkConfigs),
`PhoneType` (PhoneNumberConfigs), `PersistentConnection` (PersistentConnectionConfigs) and
`VoiceEnhancementMode` (VoiceEnhancementConfigs).

## Why

botocore refuses the call before sending it ("Missing required parameter in input") and the AWS CLI
stops with "the following arguments are required". `PhoneConfig` is no longer required: the model
dropped it on 2026-02-10, although older API pages and the CLI synopsis still show it as required.

## Example

This fails, because `AutoAccept` is missing from the element:

```json fails
{"AutoAcceptConfigs": [{"Channel": "VOICE"}]}
```

This passes:

```json passes
{"AutoAcceptConfigs": [{"Channel": "VOICE", "AutoAccept": true}]}
```

## Fix

Add the member. The help text says what it holds.

## Source

botocore `service-2.json` (`CreateUserRequest.required` and the `required` lists of
`AutoAcceptConfig`, `AfterContactWorkConfigPerChannel`, `PhoneNumberConfig`,
`PersistentConnectionConfig`, `VoiceEnhancementConfig`); constraints notes §2, §3 and §9.
"#,
    },
    messages: &[&IS_REQUIRED],
    helps: &[&ADD_IT],
    check: Check::ModelWalk,
    scope: Scope::Every,
    fix: None,
};

static IS_REQUIRED: Template = Template::new("{path} is required.");
static ADD_IT: Template = Template::new("Add {member}: {member:doc}");

pub(super) fn diagnostic(member: &'static Member, at: &Location) -> Diagnostic {
    RULE.report(at.to_path(), &IS_REQUIRED).with_help(&ADD_IT).with_arg("member", Arg::Member(member))
}
