//! `email-change`: UpdateUserIdentityInfo setting an email, which can hand the account over.

use crate::diagnostic::Template;
use crate::diagnostic::{Diagnostic, Severity};
use crate::operation::Operation;
use crate::path;
use crate::rules::{identity_string, Check, Context, Rule, Scope, Slot};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "email-change",
        severity: Severity::Warning,
        title: "Email change",
        summary: "UpdateUserIdentityInfo sets the user's Email: whoever controls that address can reset the user's password.",
        explanation: r#"## What it checks

That an UpdateUserIdentityInfo request sets `IdentityInfo.Email`. `validate` cannot know the
user's current address, so it warns whenever the request carries one; `planUserUpdate` keeps the
warning only on a call that really changes it.

## Why

The UpdateUserIdentityInfo documentation: "We strongly recommend limiting who has the ability to
invoke UpdateUserIdentityInfo. Someone with that ability can change the login credentials of other
users by changing their email address. This poses a security risk to your organization. They can
change the email address of a user to the attacker's email address, and then reset the password
through email."

The request is valid, so this is a warning: confirm that the new address belongs to the user
before sending it.

## Example

This warns:

```json fails operation=UpdateUserIdentityInfo
{"IdentityInfo": {"FirstName": "Mary", "LastName": "Major", "Email": "mary@example.com"}}
```

This changes only the names and passes:

```json passes operation=UpdateUserIdentityInfo
{"IdentityInfo": {"FirstName": "Mary", "LastName": "Major"}}
```

## Fix

Check the new address with the user through another channel, and limit who may call
UpdateUserIdentityInfo (the documentation points to "Best Practices for Security Profiles" in the
Amazon Connect Administrator Guide).

## Source

botocore `service-2.json` (1.43.62), the UpdateUserIdentityInfo operation documentation.
"#,
    },
    messages: &[&SETS_EMAIL],
    helps: &[&CONFIRM_IT],
    check: Check::Request(check),
    scope: Scope::Operation(Operation::UpdateUserIdentityInfo),
    fix: None,
};

static SETS_EMAIL: Template = Template::new("This request sets the user's email address; whoever receives mail there can reset the user's password and take the account over.");
static CONFIRM_IT: Template =
    Template::new("Confirm the new address with the user through another channel before sending the request.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if let Slot::Text(email) = identity_string(cx.request, "Email") {
        if !email.is_empty() {
            out.push(RULE.report(path!["IdentityInfo", "Email"], &SETS_EMAIL).with_help(&CONFIRM_IT));
        }
    }
}
