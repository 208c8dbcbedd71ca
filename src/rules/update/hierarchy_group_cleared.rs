//! `hierarchy-group-cleared`: UpdateUserHierarchy without a HierarchyGroupId.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::operation::Operation;
use crate::path;
use crate::rules::{is_set, Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "hierarchy-group-cleared",
        severity: Severity::Warning,
        title: "Hierarchy group left out",
        summary: "An UpdateUserHierarchy request without HierarchyGroupId, whose effect AWS does not document.",
        explanation: r#"## What it checks

That an UpdateUserHierarchy request has a `HierarchyGroupId`.

## Why

The model makes `HierarchyGroupId` optional and documents the operation only as "Assigns the
specified hierarchy group to the specified user"; it says nothing of a request without one. Such a
request presumably takes the user out of their hierarchy group: that is how `planUserUpdate`
reads it when the desired user has no group, and it is the safe reading, since the other one (a
call that does nothing) loses nothing if it is wrong. Because AWS does not say so, the request
gets a warning: make sure removing the group is what you want.

## Example

This warns:

```json fails operation=UpdateUserHierarchy
{}
```

This passes:

```json passes operation=UpdateUserHierarchy
{"HierarchyGroupId": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"}
```

## Fix

Give the ID of the hierarchy group the user should belong to, or keep the request as it is to take
the user out of their group.

## Source

botocore `service-2.json` (1.43.62): UpdateUserHierarchyRequest (HierarchyGroupId not required) and
the UpdateUserHierarchy documentation.
"#,
    },
    messages: &[&LEFT_OUT],
    helps: &[&GIVE_OR_KEEP],
    check: Check::Request(check),
    scope: Scope::Operation(Operation::UpdateUserHierarchy),
    fix: None,
};

static LEFT_OUT: Template = Template::new("UpdateUserHierarchy without HierarchyGroupId presumably takes the user out of their hierarchy group; AWS does not document what it does.");
static GIVE_OR_KEEP: Template =
    Template::new("Give the hierarchy group's ID, or keep the request only if the user should leave their group.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if !is_set(cx.request, "HierarchyGroupId") {
        out.push(RULE.report(path!["HierarchyGroupId"], &LEFT_OUT).with_help(&GIVE_OR_KEEP));
    }
}
