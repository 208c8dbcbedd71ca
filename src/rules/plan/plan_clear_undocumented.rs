//! `plan-clear-undocumented`: a removal that the planned call may not make, as AWS does not say.

use crate::diagnostic::{Arg, Diagnostic, Severity, Template};
use crate::operation::Operation;
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "plan-clear-undocumented",
        severity: Severity::Warning,
        title: "Removal not documented",
        summary: "The desired user removes a setting by leaving it out of a call, which AWS does not document as removing it.",
        explanation: r#"## What it checks

Each removal the plan makes by leaving something out of a call, where the operation's
documentation does not say that leaving it out removes it:

- a member of `IdentityInfo` set to null (such as `Mobile` or `SecondaryEmail`): the plan sends
  the whole desired `IdentityInfo` to `UpdateUserIdentityInfo` without it;
- a member of `PhoneConfig` set to null (such as `DeskPhoneNumber`): likewise with
  `UpdateUserPhoneConfig`;
- `HierarchyGroupId` set to null: the plan calls `UpdateUserHierarchy` without `HierarchyGroupId`;
- a channel list emptied, or a channel's element dropped from it: the plan sends the lists to
  `UpdateUserConfig` without it.

## Why

The operations' documentation says what they assign ("Assigns the specified hierarchy group to
the specified user", "Updates the identity information for the specified user", "Updates the
configuration settings for the specified user") and nothing about members left out:
`HierarchyGroupId` is optional in `UpdateUserHierarchy`, yet whether a call without it removes the
user from its group is not written anywhere in the model. The plan takes the safe reading for
everything the administrator did not change: it always sends the whole `IdentityInfo`, the whole
`PhoneConfig` and all five channel lists, unchanged ones with their current value, so that
nothing is lost whichever way the service reads a missing member. For a removal that reading
cannot help: the call may remove the setting, or leave it as it is.

## Example

Moving the user out of its hierarchy group:

```json plan fails
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "HierarchyGroupId": "c3d4e5f6-7890-12ab-cdef-345678901234"}}, "desired": {"HierarchyGroupId": null}}
```

Moving it to another group is documented:

```json plan passes
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "HierarchyGroupId": "c3d4e5f6-7890-12ab-cdef-345678901234"}}, "desired": {"HierarchyGroupId": "d4e5f6a7-8901-23ab-cdef-456789012345"}}
```

## Fix

Run the plan, then check the user with `aws connect describe-user`. If the setting is still
there, remove it in the Amazon Connect admin website.

## Source

botocore `service-2.json`: the documentation of `UpdateUserIdentityInfo`,
`UpdateUserPhoneConfig`, `UpdateUserConfig` and `UpdateUserHierarchy` and of their input members;
`UpdateUserHierarchyRequest` (`HierarchyGroupId` not required).
"#,
    },
    messages: &[&LEFT_OUT, &CHANNELS_DROPPED],
    helps: &[&CHECK_AFTERWARDS],
    check: Check::Plan,
    scope: Scope::Every,
    fix: None,
};

static LEFT_OUT: Template = Template::new(
    "The desired user removes {path}: the {operation} call leaves it out, and whether that removes it is not documented.",
);
static CHANNELS_DROPPED: Template = Template::new(
    "The desired {path} drops the {channels:and} settings: the UpdateUserConfig call leaves them out, and whether that removes them is not documented.",
);
static CHECK_AFTERWARDS: Template = Template::new(
    "After the call, check the user with `aws connect describe-user`; remove what is left in the admin website.",
);

/// `path` (a member, or a member of IdentityInfo or PhoneConfig) is left out of `operation`'s call.
pub(crate) fn left_out(path: Path, operation: Operation) -> Diagnostic {
    RULE.report(path, &LEFT_OUT).with_help(&CHECK_AFTERWARDS).with_arg("operation", Arg::word(operation.name()))
}

/// The channel list `list` no longer has elements for `channels`.
pub(crate) fn channels_dropped(list: &'static str, channels: Vec<&'static str>) -> Diagnostic {
    RULE.report(crate::path![list], &CHANNELS_DROPPED)
        .with_help(&CHECK_AFTERWARDS)
        .with_arg("channels", Arg::Words(channels.into_iter().map(Cow::Borrowed).collect()))
}
