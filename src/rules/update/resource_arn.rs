//! `resource-arn`: TagResource and UntagResource need the user's ARN.

use std::borrow::Cow;

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path;
use crate::rules::ids::{parse_arn, resource_label};
use crate::rules::{string, Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "resource-arn",
        severity: Severity::Error,
        title: "Not a user ARN",
        summary: "A TagResource or UntagResource resourceArn that is not an Amazon Connect ARN, or not a user's.",
        explanation: r#"## What it checks

That `resourceArn` of TagResource and UntagResource is a user's ARN,
`arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE_ID/agent/USER_ID`: the `Arn` that
`aws connect describe-user` prints.

- A value that is not an ARN, such as the user's ID, is an error: the member is documented as "The
  Amazon Resource Name (ARN) of the resource", and the service finds the resource by it.
- An ARN of another service is an error: Amazon Connect's TagResource tags Amazon Connect resources.
- An Amazon Connect ARN of another resource (a routing profile, a queue, the instance) is a
  warning: the request is valid and tags that resource, but this package checks user requests, and
  tags meant for the user would not reach it.

## Why

The model gives the member no pattern (the `ARN` shape is a plain string), so the AWS CLI sends any
text, and the service answers with an error for a value it cannot resolve. The TagResource
documentation lists agents among the resource types that take tags; a user is an `agent` in its ARN.

## Example

This fails, with the user's ID where its ARN belongs:

```json fails operation=TagResource
{"resourceArn": "f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9", "tags": {"Department": "Support"}}
```

This passes:

```json passes operation=TagResource
{"resourceArn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9", "tags": {"Department": "Support"}}
```

## Fix

Copy `User.Arn` from `aws connect describe-user --instance-id INSTANCE_ID --user-id USER_ID`.

## Source

botocore `service-2.json` (1.43.62): TagResourceRequest and UntagResourceRequest, the `ARN` shape,
and the TagResource documentation.
"#,
    },
    messages: &[&NOT_AN_ARN, &NOT_CONNECT, &NOT_A_USER],
    helps: &[&COPY_THE_ARN],
    check: Check::Request(check),
    scope: Scope::Members(&["resourceArn"]),
    fix: None,
};

static NOT_AN_ARN: Template = Template::new("{path} is not an ARN; it must be the user's ARN, arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE_ID/agent/USER_ID.");
static NOT_CONNECT: Template = Template::new("{path} is an ARN of {service}, not of Amazon Connect.");
static NOT_A_USER: Template =
    Template::new("{path} is the ARN of {arn_kind:article}, not of a user; the tags would go to that resource.");
static COPY_THE_ARN: Template = Template::new("Copy User.Arn from aws connect describe-user.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(value) = string(cx.request, "resourceArn") else { return };
    let report = |message| RULE.report(path!["resourceArn"], message).with_help(&COPY_THE_ARN);
    match parse_arn(value) {
        None => out.push(report(&NOT_AN_ARN)),
        Some(arn) if arn.service != "connect" => {
            out.push(report(&NOT_CONNECT).with_arg("service", Arg::text(arn.service)))
        }
        Some(arn) if arn.kind == "agent" && arn.instance.is_some() && !arn.id.is_empty() => {}
        Some(arn) => {
            let kind = if arn.kind.is_empty() { "unknown resource" } else { resource_label(arn.kind) };
            out.push(
                report(&NOT_A_USER)
                    .with_severity(Severity::Warning)
                    .with_arg("arn_kind", Arg::Word(Cow::Owned(kind.to_owned()))),
            );
        }
    }
}
