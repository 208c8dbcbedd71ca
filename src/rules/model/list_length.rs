//! `list-length`: SecurityProfileIds or Tags with too few or too many entries.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Edit, Fix, Severity};
use crate::model::{ListShape, MapShape};
use crate::path::Location;
use crate::rules::{Check, Rule, Scope};
use crate::value::Value;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "list-length",
        severity: Severity::Error,
        title: "Too few or too many entries",
        summary: "SecurityProfileIds must have 1–10 items and Tags 1–50 entries.",
        explanation: r#"## What it checks

The number of items in `SecurityProfileIds` (1 to 10) and of entries in `Tags` (1 to 50). The five
channel-specific lists have no size limits in the model.

## Why

botocore refuses an empty `SecurityProfileIds` before sending. It checks neither maximum nor the
minimum of the Tags map (`--tags '{}'` is sent), so those fail at the service.

## Example

This fails, because a user needs a security profile:

```json fails
{"SecurityProfileIds": []}
```

This passes:

```json passes
{"SecurityProfileIds": ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"]}
```

## Fix

Give between 1 and 10 security profiles. Leave `Tags` out rather than sending it empty; an empty
`Tags` carries that removal as its fix. To tag a user with more than 50 tags, use `TagResource`
after creating it.

## Source

botocore `service-2.json` (`SecurityProfileIds` min 1 max 10, `TagMap` min 1 max 50); constraints
notes §6.
"#,
    },
    messages: &[&ITEMS_OUTSIDE, &ENTRIES_OUTSIDE],
    helps: &[&TOO_MANY_PROFILES, &TOO_FEW_PROFILES, &LEAVE_OUT_EMPTY, &TOO_MANY_TAGS],
    check: Check::ModelWalk,
    scope: Scope::Every,
    fix: Some(fix),
};

static ITEMS_OUTSIDE: Template = Template::new("{path} has {length:count item}; it must have {min}–{max}.");
static ENTRIES_OUTSIDE: Template = Template::new("{path} has {length:count entry}; it must have {min}–{max}.");
// SecurityProfileIds is the model's only list with limits, and Tags its only map.
static TOO_MANY_PROFILES: Template =
    Template::new("A user can have at most {max} security profiles; keep the ones this user needs.");
static TOO_FEW_PROFILES: Template = Template::new("Give at least one security profile ID.");
static LEAVE_OUT_EMPTY: Template = Template::new("Leave {path} out instead of sending it empty.");
static TOO_MANY_TAGS: Template =
    Template::new("Keep at most {max} tags here and add the rest with TagResource after creating the user.");

pub(super) fn check_list(shape: &ListShape, length: usize, at: &Location, out: &mut Vec<Diagnostic>) {
    let (Some(min), Some(max)) = (shape.min, shape.max) else { return };
    if (min..=max).contains(&length) {
        return;
    }
    let help = if length > max { &TOO_MANY_PROFILES } else { &TOO_FEW_PROFILES };
    out.push(report(&ITEMS_OUTSIDE, at, length, min, max).with_help(help));
}

pub(super) fn check_map(shape: &MapShape, length: usize, at: &Location, out: &mut Vec<Diagnostic>) {
    let (Some(min), Some(max)) = (shape.min, shape.max) else { return };
    if (min..=max).contains(&length) {
        return;
    }
    let diagnostic = report(&ENTRIES_OUTSIDE, at, length, min, max);
    out.push(if length == 0 {
        diagnostic.with_help(&LEAVE_OUT_EMPTY).fixable()
    } else {
        diagnostic.with_help(&TOO_MANY_TAGS)
    });
}

fn report(message: &'static Template, at: &Location, length: usize, min: usize, max: usize) -> Diagnostic {
    RULE.report(at.to_path(), message)
        .with_arg("length", Arg::count(length))
        .with_arg("min", Arg::count(min))
        .with_arg("max", Arg::count(max))
}

/// Removes an empty map, as the help says.
fn fix(diagnostic: &Diagnostic, _request: &Value) -> Option<Fix> {
    Some(Edit::remove(diagnostic.path.clone()).into())
}
