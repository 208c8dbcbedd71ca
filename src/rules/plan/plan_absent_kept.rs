//! `plan-absent-kept`: what the desired user leaves out, and the plan therefore keeps.

use crate::diagnostic::{Arg, Diagnostic, Severity, Template};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "plan-absent-kept",
        severity: Severity::Info,
        title: "Left out, kept",
        summary: "Members the current user has and the desired user leaves out are kept as they are; null removes one.",
        explanation: r#"## What it checks

Which members the current user has (not null) that the desired user does not mention: top-level
members, and members of `IdentityInfo`, `PhoneConfig` and `Tags` when the desired user has those.
The diagnostic counts them, and lists them as its `related` paths (at most 100).

## Why

A desired user may be the whole describe-user document edited, or only the members to change. The
plan reads a member that is left out as "leave it as it is", never as "remove it": that reading
cannot lose anything, whichever of the two was meant. A line deleted from a whole document
therefore changes nothing; this note says which ones. To remove something, set it to null:
`"HierarchyGroupId": null`, `"Tags": {"team": null}`, `"IdentityInfo": {"Mobile": null}`. A list
given in the desired user is the whole list (give `[]` to empty it). `Id`, `Arn`, `Username`,
`DirectoryUserId`, `LastModifiedTime` and `LastModifiedRegion` are not counted: no operation
changes them.

## Example

Only the routing profile is given; the tags stay:

```json plan fails
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Tags": {"team": "blue"}}}, "desired": {"RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}}
```

The whole user, edited:

```json plan passes
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Tags": {"team": "blue"}}}, "desired": {"Tags": {"team": "green"}}}
```

## Fix

Nothing, if keeping them is what you meant. Otherwise set what should go to null in the desired
user.

## Source

This package's reading of a desired user (`planUserUpdate` in the README): what is left out is
kept.
"#,
    },
    messages: &[&KEPT],
    helps: &[&NULL_REMOVES],
    check: Check::Plan,
    scope: Scope::Every,
    fix: None,
};

/// The most paths listed as related; the count says how many there are.
const MAX_LISTED: usize = 100;

static KEPT: Template = Template::new(
    "The desired user leaves out {count:count member} that the current user has; the plan keeps them as they are.",
);
static NULL_REMOVES: Template = Template::new("To remove one, set it to null in the desired user.");

/// `kept`: the paths left out, in the current user's order.
pub(crate) fn report(kept: Vec<Path>) -> Diagnostic {
    let count = kept.len();
    let mut diagnostic = RULE.report(Path::root(), &KEPT).with_help(&NULL_REMOVES).with_arg("count", Arg::count(count));
    diagnostic.related = kept.into_iter().take(MAX_LISTED).collect();
    diagnostic
}
