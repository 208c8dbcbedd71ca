//! `duplicate-security-profile`: the same security profile listed twice.

use crate::diagnostic::{Diagnostic, Edit, Severity};
use crate::path;
use crate::rules::text::quoted;
use crate::rules::{Check, Context, Rule, RuleDoc};
use crate::value::Value;
use std::collections::HashMap;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
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
    check: Check::Request(check),
};

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(Value::Array(profiles)) = cx.request.get("SecurityProfileIds") else { return };
    if profiles.len() < 2 {
        return;
    }
    let mut first_index: HashMap<&str, usize> = HashMap::new();
    let mut unique: Vec<&Value> = Vec::new();
    let mut duplicates = Vec::new();
    for (index, profile) in profiles.iter().enumerate() {
        let Some(id) = profile.as_str() else {
            unique.push(profile);
            continue;
        };
        match first_index.get(id) {
            Some(&first) => duplicates.push((index, first, id)),
            None => {
                first_index.insert(id, index);
                unique.push(profile);
            }
        }
    }
    let mut deduplicated = Some(unique.into_iter().cloned().collect::<Vec<Value>>());
    for (index, first, id) in duplicates {
        let diagnostic = RULE
            .at(
                path!["SecurityProfileIds", index],
                format!(
                    "SecurityProfileIds[{index}] repeats {}, already listed at SecurityProfileIds[{first}].",
                    quoted(id)
                ),
            )
            .with_related(path!["SecurityProfileIds", first])
            .with_help("List each security profile once.");
        out.push(match deduplicated.take() {
            Some(list) => diagnostic.with_fix(Edit::set(path!["SecurityProfileIds"], list)),
            None => diagnostic,
        });
    }
}
