//! `arn-instead-of-id`: an ARN where an identifier belongs.

use crate::diagnostic::{Diagnostic, Edit, Severity};
use crate::rules::ids::{id_values, parse_arn, resource_label};
use crate::rules::text::quoted;
use crate::rules::{Check, Context, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
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
    check: Check::Request(check),
};

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let ids = id_values(cx.request);
    let instance_id = ids.iter().find(|id| id.kind == "instance").map(|id| match parse_arn(id.value) {
        Some(arn) if arn.kind == "instance" => arn.id,
        _ => id.value,
    });
    for id in &ids {
        let Some(arn) = parse_arn(id.value) else { continue };
        let path = id.path();
        let problem = if arn.service != "connect" {
            Some(format!("is an ARN of {}, not of Amazon Connect", quoted(arn.service)))
        } else if arn.id.is_empty() {
            Some("is not an Amazon Connect resource ARN".to_owned())
        } else if arn.kind != id.kind {
            Some(format!(
                "is the ARN of {}, but {} ID belongs here",
                with_article(resource_label(arn.kind)),
                with_article(id.label())
            ))
        } else {
            match (arn.instance, instance_id) {
                (Some(owner), Some(instance)) if owner != instance => {
                    Some(format!("belongs to instance {}, not to InstanceId {}", quoted(owner), quoted(instance)))
                }
                _ => None,
            }
        };
        out.push(match problem {
            Some(problem) => RULE
                .at(path.clone(), format!("{path} {problem}."))
                .with_severity(Severity::Error)
                .with_help(format!("Give the ID of the {} to use.", id.label())),
            None => RULE
                .at(path.clone(), format!("{path} is an ARN; CreateUser expects the {} ID.", id.label()))
                .with_help(format!("Use the ID at the end of the ARN: {}.", quoted(arn.id)))
                .with_fix(Edit::set(path.clone(), arn.id)),
        });
    }
}

/// "an instance", "a routing profile".
fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("{article} {noun}")
}
