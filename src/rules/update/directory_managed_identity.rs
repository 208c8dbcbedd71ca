//! `directory-managed-identity`: names and email sent to UpdateUserIdentityInfo on an instance whose
//! directory manages them.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::operation::Operation;
use crate::options::IdentityType;
use crate::path::Path;
use crate::rules::{identity_string, Check, Context, Rule, Scope, Slot};

/// The members the directory manages, in model order.
const DIRECTORY_MANAGED: [&str; 3] = ["FirstName", "LastName", "Email"];

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "directory-managed-identity",
        severity: Severity::Warning,
        title: "Managed by the directory",
        summary: "With EXISTING_DIRECTORY, UpdateUserIdentityInfo cannot change FirstName, LastName or Email: the directory manages them.",
        explanation: r#"## What it checks

That an UpdateUserIdentityInfo request for an instance with EXISTING_DIRECTORY identity management
does not set `IdentityInfo.FirstName`, `LastName` or `Email`.

## Why

The `UserIdentityInfo` documentation: "For Connect Customer instances that are created with the
EXISTING_DIRECTORY identity management type, FirstName, LastName, and Email cannot be updated from
within Connect Customer because they are managed by the directory."

It does not say whether the service rejects such a request or ignores those members, so this is a
warning: either way the change does not happen. `planUserUpdate` always sends the whole
`IdentityInfo` (see `plan-clear-undocumented`), so on such an instance its identity call carries
the current names too; the warning then tells you that changing them is the directory's job.

## Example

With EXISTING_DIRECTORY this warns:

```json fails operation=UpdateUserIdentityInfo identity=EXISTING_DIRECTORY
{"IdentityInfo": {"FirstName": "Mary", "Mobile": "+12065550100"}}
```

This passes:

```json passes operation=UpdateUserIdentityInfo identity=EXISTING_DIRECTORY
{"IdentityInfo": {"Mobile": "+12065550100"}}
```

## Fix

Change the names and the email address in the directory (for example AWS Directory Service or your
Active Directory); send only the other members, such as `Mobile` or `SecondaryEmail`, to
UpdateUserIdentityInfo.

## Source

botocore `service-2.json` (1.43.62), the `UserIdentityInfo` shape documentation.
"#,
    },
    messages: &[&MANAGED],
    helps: &[&CHANGE_IN_DIRECTORY],
    check: Check::Identity(check),
    scope: Scope::Operation(Operation::UpdateUserIdentityInfo),
    fix: None,
};

static MANAGED: Template = Template::new("With EXISTING_DIRECTORY identity management the directory manages {member}; UpdateUserIdentityInfo cannot change it.");
static CHANGE_IN_DIRECTORY: Template =
    Template::new("Change it in the directory, and send only the other IdentityInfo members here.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if cx.identity != Some(IdentityType::ExistingDirectory) {
        return;
    }
    for member in DIRECTORY_MANAGED {
        if matches!(identity_string(cx.request, member), Slot::Text(text) if !text.is_empty()) {
            let path = Path::root().join("IdentityInfo").join(member);
            out.push(RULE.report(path, &MANAGED).with_help(&CHANGE_IN_DIRECTORY).with_arg("member", Arg::word(member)));
        }
    }
}
