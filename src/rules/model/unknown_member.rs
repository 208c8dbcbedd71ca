//! `unknown-member`: a member the model does not have, with the closest real one.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Edit, Fix, Severity};
use crate::model::StructureShape;
use crate::path::{Location, Segment};
use crate::rules::{Check, Rule, Scope};
use crate::value::Value;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "unknown-member",
        severity: Severity::Error,
        title: "Unknown member",
        summary: "A member the service model does not have, usually a misspelling of one it does.",
        explanation: r#"## What it checks

That every member of the request and of its nested structures exists in the model. Member names are
case-sensitive. The help suggests the closest real member: `username` → `Username`,
`SecurityProfileId` → `SecurityProfileIds`, `PhoneConfig.PhoneNumber` → `DeskPhoneNumber`, and a CLI
option name such as `security-profile-ids` → `SecurityProfileIds`.

## Why

botocore refuses the call ("Unknown parameter in input: \"username\", must be one of: …"). Copying
the output of `DescribeUser` or `ListUsers` into a create call is a common way to get here.

## Example

This fails, because the operation documentation's `PhoneNumber` is really called `DeskPhoneNumber`:

```json fails
{"PhoneConfig": {"PhoneType": "DESK_PHONE", "PhoneNumber": "+15555551212"}}
```

This passes:

```json passes
{"PhoneConfig": {"PhoneType": "DESK_PHONE", "DeskPhoneNumber": "+15555551212"}}
```

When an object has more than 20 unknown members, the first 20 are listed and one more diagnostic,
at the object itself, counts the rest.

## Fix

Rename the member as the help suggests, or remove it.

## Source

botocore `service-2.json`; botocore's `ParamValidator` (constraints notes §6, §14). The CreateUser
operation documentation itself writes `PhoneConfig.PhoneNumber` for `DeskPhoneNumber` (§4.2).
"#,
    },
    messages: &[&NOT_A_MEMBER, &MORE_MEMBERS, &ONE_MORE_MEMBER],
    helps: &[&DID_YOU_MEAN, &MEMBERS_ARE, &REMOVE_THE_REST],
    check: Check::ModelWalk,
    scope: Scope::Every,
    fix: Some(fix),
};

static NOT_A_MEMBER: Template = Template::new("{key} is not a member of {structure}.");
static MORE_MEMBERS: Template = Template::new("{more} more members are not in {structure}.");
static ONE_MORE_MEMBER: Template = Template::new("1 more member is not in {structure}.");
static DID_YOU_MEAN: Template = Template::new("Did you mean {suggestion}? {structure} has: {members}.");
static MEMBERS_ARE: Template = Template::new("{structure} has: {members}.");
static REMOVE_THE_REST: Template = Template::new(
    "Only the first {reported} unknown members are listed one by one; remove every member the model does not have.",
);

/// Unknown members reported one by one in an object; the rest are summed up in one diagnostic.
pub(super) const REPORTED_PER_OBJECT: usize = 20;

pub(super) fn summary(structure: &StructureShape, more: usize, at: &Location) -> Diagnostic {
    let message = if more == 1 { &ONE_MORE_MEMBER } else { &MORE_MEMBERS };
    RULE.report(at.to_path(), message)
        .with_help(&REMOVE_THE_REST)
        .with_arg("more", Arg::count(more))
        .with_arg("structure", Arg::word(structure.name))
        .with_arg("reported", Arg::count(REPORTED_PER_OBJECT))
}

/// `object` is the structure holding `key`: a suggested member it already has is no rename.
pub(super) fn diagnostic(
    structure: &StructureShape,
    object: &crate::value::Object,
    key: &str,
    at: &Location,
) -> Diagnostic {
    let names: Vec<&'static str> = structure.members.iter().map(|m| m.name).collect();
    let diagnostic = RULE
        .report(at.to_path(), &NOT_A_MEMBER)
        .with_arg("key", Arg::text(key))
        .with_arg("structure", Arg::word(structure.name))
        .with_arg("members", Arg::words(&names));
    match closest(key, &names) {
        Some(name) => {
            let diagnostic = diagnostic.with_help(&DID_YOU_MEAN).with_arg("suggestion", Arg::word(name));
            if object.contains_key(name) {
                diagnostic
            } else {
                diagnostic.fixable()
            }
        }
        None => diagnostic.with_help(&MEMBERS_ARE),
    }
}

/// Renames the member to the one the help suggests, keeping its value.
fn fix(diagnostic: &Diagnostic, request: &Value) -> Option<Fix> {
    let Some(Arg::Word(suggestion)) = diagnostic.arg("suggestion") else { return None };
    let value = diagnostic.path.find_in(request)?.clone();
    let (_, parent) = diagnostic.path.segments().split_last()?;
    let renamed =
        crate::path::Path::from_segments(parent.iter().cloned().chain([Segment::Key(suggestion.clone())]).collect());
    Some(Fix { edit: Edit::set(renamed, value), also: vec![Edit::remove(diagnostic.path.clone())] })
}

/// The member name closest to `given`: the same letters in another case or spelling
/// (`security-profile-ids`), one name extending the other (`SecurityProfileId`, `PhoneNumber`),
/// or a small edit distance.
pub(crate) fn closest<'a>(given: &str, names: &[&'a str]) -> Option<&'a str> {
    let given = letters(given);
    if given.is_empty() || given.len() > 64 {
        return None;
    }
    let candidates: Vec<(&str, String)> = names.iter().map(|name| (*name, letters(name))).collect();
    if let Some((name, _)) = candidates.iter().find(|(_, letters)| *letters == given) {
        return Some(name);
    }
    let extends = |a: &str, b: &str| b.len() >= 3 && (a.starts_with(b) || a.ends_with(b));
    let by_extension = candidates
        .iter()
        .filter(|(_, letters)| extends(letters, &given) || extends(&given, letters))
        .min_by_key(|(_, letters)| letters.len().abs_diff(given.len()));
    if let Some((name, _)) = by_extension {
        return Some(name);
    }
    candidates
        .iter()
        .map(|(name, letters)| (*name, edit_distance(letters, &given)))
        .filter(|(_, distance)| *distance <= (given.len() / 4).max(1))
        .min_by_key(|(_, distance)| *distance)
        .map(|(name, _)| name)
}

/// Lower-case ASCII letters and digits only, so spelling variants compare equal.
fn letters(s: &str) -> String {
    s.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CREATE_USER_REQUEST, USER_PHONE_CONFIG};
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn names(structure: &StructureShape) -> Vec<&'static str> {
        structure.members.iter().map(|m| m.name).collect()
    }

    #[test]
    fn suggests_the_member_meant() {
        let request = names(&CREATE_USER_REQUEST);
        assert_eq!(closest("username", &request), Some("Username"));
        assert_eq!(closest("SecurityProfileId", &request), Some("SecurityProfileIds"));
        assert_eq!(closest("--security-profile-ids", &request), Some("SecurityProfileIds"));
        assert_eq!(closest("RoutingProfileID", &request), Some("RoutingProfileId"));
        assert_eq!(closest("Tag", &request), Some("Tags"));
        assert_eq!(closest("Pasword", &request), Some("Password"));
        assert_eq!(closest("Department", &request), None);
        assert_eq!(closest("PhoneNumber", &names(&USER_PHONE_CONFIG)), Some("DeskPhoneNumber"));
    }
}
