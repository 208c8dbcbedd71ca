//! `list-length`: SecurityProfileIds or Tags with too few or too many entries.

use crate::diagnostic::{Diagnostic, Edit, Severity};
use crate::model::{ListShape, MapShape};
use crate::path::Location;
use crate::rules::text::count;
use crate::rules::{Check, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
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
    check: Check::ModelWalk,
};

pub(super) fn check_list(shape: &ListShape, length: usize, at: &Location, out: &mut Vec<Diagnostic>) {
    if let Some(limits) = violated_limits(shape.min, shape.max, length) {
        let path = at.to_path();
        // SecurityProfileIds is the model's only list with limits.
        let help = match shape.max {
            Some(max) if length > max => {
                format!("A user can have at most {max} security profiles; keep the ones this user needs.")
            }
            _ => "Give at least one security profile ID.".to_owned(),
        };
        out.push(
            RULE.at(path.clone(), format!("{path} has {}; it must have {limits}.", count(length, "item")))
                .with_help(help),
        );
    }
}

pub(super) fn check_map(shape: &MapShape, length: usize, at: &Location, out: &mut Vec<Diagnostic>) {
    if let Some(limits) = violated_limits(shape.min, shape.max, length) {
        let path = at.to_path();
        let diagnostic =
            RULE.at(path.clone(), format!("{path} has {}; it must have {limits}.", count(length, "entry")));
        out.push(if length == 0 {
            diagnostic.with_help(format!("Leave {path} out instead of sending it empty.")).with_fix(Edit::remove(path))
        } else {
            // Tags is the model's only map.
            diagnostic.with_help(format!(
                "Keep at most {} tags here and add the rest with TagResource after creating the user.",
                shape.max.unwrap_or(length)
            ))
        });
    }
}

fn violated_limits(min: Option<usize>, max: Option<usize>, length: usize) -> Option<String> {
    match (min, max) {
        (Some(min), Some(max)) if length < min || length > max => Some(format!("{min}–{max}")),
        (Some(min), None) if length < min => Some(format!("at least {min}")),
        (None, Some(max)) if length > max => Some(format!("at most {max}")),
        _ => None,
    }
}
