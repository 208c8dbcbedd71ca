//! `arn-instead-of-id`: an ARN where an identifier belongs.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Edit, Fix, Severity};
use crate::rules::ids::{id_values, parse_arn, resource_label};
use crate::rules::{Check, Context, Rule, Scope};
use crate::value::Value;
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "arn-instead-of-id",
        severity: Severity::Warning,
        title: "ARN instead of an ID",
        summary: "An ARN where CreateUser expects a plain identifier; the fix is the ID taken from the ARN.",
        explanation: r#"## What it checks

`InstanceId`, each `SecurityProfileIds` entry, `RoutingProfileId` and `HierarchyGroupId` take
identifiers, not ARNs. When one of them holds an Amazon Connect ARN of the right kind
(`…:instance/ID`, `…/security-profile/ID`, `…/routing-profile/ID`, `…/agent-group/ID`) this is a
warning whose fix is the ID at the end of the ARN. It is an error, with no fix, when the ARN is of
the wrong kind (a routing-profile ARN among the security profiles), of another service, not a
Connect resource ARN at all, or of a different instance than `InstanceId`.

## Why

CreateUser's members are all documented as "the identifier of …", and `InstanceId` travels in the
URL path (`PUT /users/{InstanceId}`). CloudFormation's `AWS::Connect::User` takes ARNs for the same
things (`InstanceArn`, `SecurityProfileArns`, `RoutingProfileArn`, `HierarchyGroupArn`), so values
copied from a template are ARNs. The ID is the last part of the ARN, as the documentation says for
the instance ("You can find the instance ID in the Amazon Resource Name (ARN) of the instance").

## Example

This warns, and the fix is `a1b2c3d4-5678-90ab-cdef-123456789012`:

```json fails
{"RoutingProfileId": "arn:aws:connect:us-west-2:123456789012:instance/0b3f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b/routing-profile/a1b2c3d4-5678-90ab-cdef-123456789012"}
```

This passes:

```json passes
{"RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}
```

## Fix

Use the ID at the end of the ARN; `applyFixes` does it.

## Source

botocore `service-2.json` (member documentation, `requestUri`); CloudFormation `AWS::Connect::User`
ARN patterns; constraints notes §2 and §11.
"#,
    },
    messages: &[&NOT_CONNECT, &NOT_A_RESOURCE, &OTHER_KIND, &OTHER_INSTANCE, &ARN_NOT_ID],
    helps: &[&GIVE_THE_ID, &USE_THE_ID],
    check: Check::Request(check),
    scope: Scope::Every,
    fix: Some(fix),
};

static NOT_CONNECT: Template = Template::new("{path} is an ARN of {service}, not of Amazon Connect.");
static NOT_A_RESOURCE: Template = Template::new("{path} is not an Amazon Connect resource ARN.");
static OTHER_KIND: Template =
    Template::new("{path} is the ARN of {arn_kind:article}, but {kind:article} ID belongs here.");
static OTHER_INSTANCE: Template = Template::new("{path} belongs to instance {owner}, not to InstanceId {instance}.");
static ARN_NOT_ID: Template = Template::new("{path} is an ARN; {operation} expects the {kind} ID.");
static GIVE_THE_ID: Template = Template::new("Give the ID of the {kind} to use.");
static USE_THE_ID: Template = Template::new("Use the ID at the end of the ARN: {id}.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let instance_id = id_values(cx.request).find(|id| id.kind == "instance").map(|id| match parse_arn(id.value) {
        Some(arn) if arn.kind == "instance" => arn.id,
        _ => id.value,
    });
    for id in id_values(cx.request) {
        let Some(arn) = parse_arn(id.value) else { continue };
        let diagnostic = |message| RULE.report(id.path(), message).with_arg("kind", Arg::word(id.label()));
        let problem = if arn.service != "connect" {
            Some(diagnostic(&NOT_CONNECT).with_arg("service", Arg::text(arn.service)))
        } else if arn.id.is_empty() || !is_resource_word(arn.kind) {
            Some(diagnostic(&NOT_A_RESOURCE))
        } else if arn.kind != id.kind {
            let label = Cow::Owned(resource_label(arn.kind).to_owned());
            Some(diagnostic(&OTHER_KIND).with_arg("arn_kind", Arg::Word(label)))
        } else {
            match (arn.instance, instance_id) {
                (Some(owner), Some(instance)) if owner != instance => Some(
                    diagnostic(&OTHER_INSTANCE)
                        .with_arg("owner", Arg::text(owner))
                        .with_arg("instance", Arg::text(instance)),
                ),
                _ => None,
            }
        };
        out.push(match problem {
            Some(problem) => problem.with_severity(Severity::Error).with_help(&GIVE_THE_ID),
            None => diagnostic(&ARN_NOT_ID)
                .with_help(&USE_THE_ID)
                .with_arg("operation", Arg::word(cx.operation.name()))
                .with_arg("id", Arg::text(arn.id))
                .fixable(),
        });
    }
}

/// An ARN resource type spelled as one: lower-case words joined by hyphens, safe to show as it is.
fn is_resource_word(kind: &str) -> bool {
    kind.starts_with(|c: char| c.is_ascii_lowercase()) && kind.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// The ID taken from the ARN.
fn fix(diagnostic: &Diagnostic, request: &Value) -> Option<Fix> {
    let arn = parse_arn(diagnostic.path.find_in(request)?.as_str()?)?;
    Some(Edit::set(diagnostic.path.clone(), arn.id).into())
}
