//! `duplicate-security-profile`: the same security profile listed twice.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Edit, Fix, Severity};
use crate::path;
use crate::rules::{Check, Context, Rule, Scope};
use crate::value::Value;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "duplicate-security-profile",
        severity: Severity::Warning,
        title: "Security profile listed twice",
        summary: "The same security profile ID appears more than once in SecurityProfileIds.",
        explanation: r#"## What it checks

That no ID appears twice in `SecurityProfileIds`. The diagnostic is on the later entry; `related`
points at the first.

## Why

A user has a set of security profiles: the CloudFormation schema declares `SecurityProfileArns`
with `uniqueItems`, and the Terraform provider uses a set. A repeated ID adds nothing, counts towards
the limit of 10, and often means another profile was meant.

## Example

This warns:

```json fails
{"SecurityProfileIds": ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"]}
```

This passes:

```json passes
{"SecurityProfileIds": ["0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "a1b2c3d4-5678-90ab-cdef-123456789012"]}
```

## Fix

Remove the repeat. The fix, on the first repeat only, is the list with each ID once; it removes
every repeat at once (and a fix per repeat would copy the whole list once per repeat).

## Source

CloudFormation `AWS::Connect::User` (`uniqueItems`); Terraform `security_profile_ids` (a set);
botocore `service-2.json` (`SecurityProfileIds`, 1–10); constraints notes §11 and §12.
"#,
    },
    messages: &[&REPEATS],
    helps: &[&LIST_ONCE],
    check: Check::Request(check),
    scope: Scope::Members(&["SecurityProfileIds"]),
    fix: Some(fix),
};

/// Lists up to this long are searched pairwise.
const MAX_PAIRWISE: usize = 16;

static REPEATS: Template = Template::new("{path} repeats {value}, already listed at {first}.");
static LIST_ONCE: Template = Template::new("List each security profile once.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(Value::Array(profiles)) = cx.request.get("SecurityProfileIds") else { return };
    if profiles.len() < 2 {
        return;
    }
    // A valid list has at most 10 IDs, compared pairwise without allocating; a long one is sorted.
    let indexed = (profiles.len() > MAX_PAIRWISE).then(|| first_indexes(profiles));
    let first_index = |index: usize, id: &str| match &indexed {
        Some(first_index) => first_index[index],
        None => profiles.iter().position(|profile| profile.as_str() == Some(id)).unwrap_or(index),
    };
    // One fix, on the first repeat, removes every repeat: a fix per repeat would be the same list.
    let mut fix_given = false;
    for (index, profile) in profiles.iter().enumerate() {
        let Some(id) = profile.as_str() else { continue };
        let first = first_index(index, id);
        if first == index {
            continue;
        }
        let diagnostic = RULE
            .report(path!["SecurityProfileIds", index], &REPEATS)
            .with_related(path!["SecurityProfileIds", first])
            .with_help(&LIST_ONCE)
            .with_arg("value", Arg::text(id))
            .with_arg("first", Arg::Path(path!["SecurityProfileIds", first]));
        out.push(if std::mem::replace(&mut fix_given, true) { diagnostic } else { diagnostic.fixable() });
    }
}

/// The list with each ID once, in the order first listed.
fn fix(_diagnostic: &Diagnostic, request: &Value) -> Option<Fix> {
    let profiles = request.get("SecurityProfileIds")?.as_array()?;
    let first_index = first_indexes(profiles);
    let unique: Vec<Value> = profiles
        .iter()
        .enumerate()
        .filter(|(index, _)| first_index[*index] == *index)
        .map(|(_, profile)| profile.clone())
        .collect();
    Some(Edit::set(path!["SecurityProfileIds"], unique).into())
}

/// For each item, the index of the first item with the same ID (itself when it is the first, or
/// not a string), by one sort, so a hostile list of 100,000 IDs stays fast.
fn first_indexes(profiles: &[Value]) -> Vec<usize> {
    let ids: Vec<Option<&str>> = profiles.iter().map(Value::as_str).collect();
    let mut first_index: Vec<usize> = (0..ids.len()).collect();
    let mut order: Vec<usize> = (0..ids.len()).filter(|index| ids[*index].is_some()).collect();
    // Stable, so each run of one ID starts with its first index.
    crate::value::sort_indexes(&mut order, &|a, b| ids[a].cmp(&ids[b]));
    for run in order.chunk_by(|a, b| ids[*a] == ids[*b]) {
        for index in run {
            first_index[*index] = run[0];
        }
    }
    first_index
}
