//! `cli-not-create-user`: the pasted text is not an `aws connect` command of a supported user
//! operation (the code keeps its first name, from when create-user was the only one).

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-not-create-user",
        severity: Severity::Error,
        title: "Not a supported user operation",
        summary: "The pasted text is not an `aws connect` command of a supported user operation.",
        explanation: r#"## What it checks

The pasted text is read as one shell command. It must start with `aws` (a path such as
`/usr/local/bin/aws`, or `aws.exe`, works too), and its first two words after the AWS CLI's global
options must be `connect` and the command of a supported user operation:

| command | operation |
|---|---|
| `create-user` | CreateUser |
| `update-user-identity-info` | UpdateUserIdentityInfo |
| `update-user-phone-config` | UpdateUserPhoneConfig |
| `update-user-config` | UpdateUserConfig |
| `update-user-security-profiles` | UpdateUserSecurityProfiles |
| `update-user-routing-profile` | UpdateUserRoutingProfile |
| `update-user-hierarchy` | UpdateUserHierarchy |
| `tag-resource` | TagResource |
| `untag-resource` | UntagResource |

Anything else gives this diagnostic and no request. The code keeps the name it had when
`create-user` was the only supported command.

## Why

Only these commands map onto a request this package checks. `aws connect describe-user` or
`aws connect delete-user` take other parameters, and a command for another service means the wrong
text was copied.

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect describe-user --user-id 87654321-2222-1234-1234-111234567891 --instance-id a1b2c3d4-5678-90ab-cdef-123456789012
```

These do not:

```sh passes
aws --region us-west-2 connect create-user --username mary
```

```sh passes
aws connect update-user-routing-profile --routing-profile-id r --user-id u --instance-id i
```

## Fix

Paste the `aws connect …` command of one of the operations above.

## Source

AWS CLI reference pages `aws connect create-user`, `update-user-identity-info`,
`update-user-phone-config`, `update-user-config`, `update-user-security-profiles`,
`update-user-routing-profile`, `update-user-hierarchy`, `tag-resource` and `untag-resource`;
shorthand notes §1 (global options come first).
"#,
    },
    messages: &[&NOT_AWS, &OTHER_COMMAND, &super::MORE_FINDINGS],
    helps: &[&SUPPORTED_COMMANDS, &super::ONLY_THE_FIRST],
    check: Check::Command,
    about: &[],
    fix: None,
};

static NOT_AWS: Template =
    Template::new("The text is not a command of a supported user operation: it does not start with aws.");
static OTHER_COMMAND: Template = Template::new("The command is not a supported user operation.");
static SUPPORTED_COMMANDS: Template = Template::new(
    "Paste an `aws connect` command of one of: create-user, update-user-identity-info, update-user-phone-config, \
     update-user-config, update-user-security-profiles, update-user-routing-profile, update-user-hierarchy, \
     tag-resource, untag-resource.",
);

/// The text does not start with `aws`.
pub(crate) fn not_aws() -> Diagnostic {
    RULE.report(Path::root(), &NOT_AWS).with_help(&SUPPORTED_COMMANDS)
}

/// An aws command, but not `connect` with a supported operation's command.
pub(crate) fn other_command() -> Diagnostic {
    RULE.report(Path::root(), &OTHER_COMMAND).with_help(&SUPPORTED_COMMANDS)
}
