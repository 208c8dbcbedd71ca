//! `id-format`: an identifier that is not a Connect UUID.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::rules::ids::{id_values, parse_arn};
use crate::rules::patterns::is_connect_id;
use crate::rules::{Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "id-format",
        severity: Severity::Warning,
        title: "Not a Connect identifier",
        summary: "An instance, security profile, routing profile or hierarchy group ID that is not a UUID.",
        explanation: r#"## What it checks

That `InstanceId`, each `SecurityProfileIds` entry, `RoutingProfileId` and `HierarchyGroupId` look
like the identifiers Amazon Connect issues: UUIDs, 8-4-4-4-12 hexadecimal digits such as
`0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b`. ARNs are left to `arn-instead-of-id`.

## Why

It is a warning because no source gives a pattern for these IDs: the model has none (only
InstanceId's length, 1–100), and CloudFormation's ARN patterns allow `[-a-zA-Z0-9]*`. But every ID
Connect returns is a UUID, and a value that is not one is usually a placeholder, a name typed where
the ID belongs, or a copy-paste slip. AWS's own CLI example uses placeholders that are not valid hex
(`12345678-1111-2222-aaaa-a1b2c3d4f5g7`, `87654321-9999-3434-abcd-x1y2z3a1b2c3`,
`a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`); such IDs pass every client-side check and fail only at the
service, presumably with ResourceNotFoundException.

## Example

This warns:

```json fails
{"RoutingProfileId": "87654321-9999-3434-abcd-x1y2z3a1b2c3"}
```

This passes:

```json passes
{"RoutingProfileId": "87654321-9999-3434-abcd-a1b2c3d4e5f6"}
```

## Fix

Copy the real ID from the Amazon Connect console or from `aws connect list-security-profiles`,
`list-routing-profiles`, `list-user-hierarchy-groups` or `list-instances`.

## Source

botocore `service-2.json` (no patterns); CloudFormation ARN patterns; the AWS CLI example
`create-user.rst`; constraints notes §7.8.
"#,
    },
    messages: &[&NOT_AN_ID],
    helps: &[&COPY_IT],
    check: Check::Request(check),
    scope: Scope::Every,
    fix: None,
};

static NOT_AN_ID: Template = Template::new(
    "{path} is {value}, which is not a Connect identifier (a UUID such as 0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b).",
);
static COPY_IT: Template = Template::new("Copy the {kind} ID from the Amazon Connect console or the AWS CLI; example IDs from the documentation are placeholders.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for id in id_values(cx.request) {
        // Empty InstanceIds are `length`; ARNs are `arn-instead-of-id`.
        if (id.kind == "instance" && id.value.is_empty()) || parse_arn(id.value).is_some() || is_connect_id(id.value) {
            continue;
        }
        out.push(
            RULE.report(id.path(), &NOT_AN_ID)
                .with_help(&COPY_IT)
                .with_arg("value", Arg::text(id.value))
                .with_arg("kind", Arg::word(id.label())),
        );
    }
}
