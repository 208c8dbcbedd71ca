//! `plan-user-arn`: a current user whose Arn cannot give the InstanceId and the resourceArn.

use crate::diagnostic::{Diagnostic, Severity, Template};
use crate::path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "plan-user-arn",
        severity: Severity::Error,
        title: "No usable user ARN",
        summary: "The current user's Arn is missing, is not a user ARN, or names another user than its Id.",
        explanation: r#"## What it checks

That the current user's `Arn` is an Amazon Connect user ARN,
`arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE_ID/agent/USER_ID`, and that its USER_ID is the
user's `Id`.

## Why

describe-user gives no `InstanceId` of its own: the plan takes it from the ARN, and every update
call requires it. The tag calls (`TagResource`, `UntagResource`) name the user by the whole ARN as
their `resourceArn`. Without a user ARN the plan has no update or tag call; with an ARN of another
user than `Id`, the two do not describe one user and the plan has no call at all.

## Example

An ARN of the instance rather than of the user:

```json plan fails
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d"}}, "desired": {"RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}}
```

The user's own ARN:

```json plan passes
{"current": {"User": {"Id": "8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f", "Arn": "arn:aws:connect:us-west-2:123456789012:instance/0c1d2e3f-4a5b-4e5f-8a9b-0b3f6a4e1c2d/agent/8c2c4d5e-1f3a-4b6c-9d7e-0a1b2c3d4e5f"}}, "desired": {"RoutingProfileId": "a1b2c3d4-5678-90ab-cdef-123456789012"}}
```

## Fix

Use the whole output of `aws connect describe-user` as the current user: its `Arn` is the
user's.

## Source

botocore `service-2.json`: the `User` structure (`Arn`), the update operations' `InstanceId` ("You
can find the instance ID in the Amazon Resource Name (ARN) of the instance") and `TagResource`'s
`resourceArn`; the ARN format of Amazon Connect users in the Service Authorization Reference.
"#,
    },
    messages: &[&MISSING, &NOT_A_USER_ARN, &OTHER_USER],
    helps: &[&USE_DESCRIBE_USER],
    check: Check::Plan,
    scope: Scope::Every,
    fix: None,
};

static MISSING: Template = Template::new(
    "The current user has no Arn, which gives the update calls their InstanceId and the tag calls their resourceArn; none of them is planned.",
);
static NOT_A_USER_ARN: Template = Template::new(
    "The current user's Arn is not a user ARN (arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE_ID/agent/USER_ID); no update or tag call is planned.",
);
static OTHER_USER: Template =
    Template::new("The current user's Arn names another user than its Id; no call is planned.");
static USE_DESCRIBE_USER: Template =
    Template::new("Use the whole output of `aws connect describe-user` as the current user: its Arn is the user's.");

pub(crate) fn missing() -> Diagnostic {
    RULE.report(path!["Arn"], &MISSING).with_help(&USE_DESCRIBE_USER)
}

pub(crate) fn not_a_user_arn() -> Diagnostic {
    RULE.report(path!["Arn"], &NOT_A_USER_ARN).with_help(&USE_DESCRIBE_USER)
}

pub(crate) fn other_user() -> Diagnostic {
    RULE.report(path!["Arn"], &OTHER_USER).with_help(&USE_DESCRIBE_USER).with_related(path!["Id"])
}
