//! `acw-range`: an after contact work time limit above 2,000,000 seconds.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::model::MAX_AFTER_CONTACT_WORK_SECONDS;
use crate::path;
use crate::path::Path;
use crate::rules::{elements, object, Check, Context, Rule, Scope};
use crate::value::{Object, MAX_INT_DIGITS};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "acw-range",
        severity: Severity::Error,
        title: "After contact work time limit too high",
        summary: "AfterContactWorkTimeLimit may be at most 2,000,000 seconds.",
        explanation: r#"## What it checks

That every `AfterContactWorkTimeLimit` (in `PhoneConfig`, and in `AfterContactWorkConfig` and
`AgentFirstCallbackAfterContactWorkConfig` of each AfterContactWorkConfigs element) is at most
2,000,000 seconds. 0 means no limit. When the value looks like milliseconds, the help gives it in
seconds.

## Why

The model sets only a minimum of 0. The documentation adds the maximum: "a minimum value of 0 and a
maximum value of 2,000,000 seconds (24 days)". (2,000,000 seconds is about 23.1 days, not 24.) It
also warns that `SearchUsers` returns this value in milliseconds while CreateUser, DescribeUser and
UpdateUserPhoneConfig use seconds, so values copied from a search are 1,000 times too large. The
two documentation texts also disagree on the minimum (`AfterContactWorkConfig` says "Minimum: 1
second … Enter 0 for indefinite"), which comes to the same thing: 0 or a positive number.

## Example

This fails, because it is over 2,000,000 seconds (as milliseconds it would be 60,000 seconds):

```json fails
{"PhoneConfig": {"AfterContactWorkTimeLimit": 60000000}}
```

This passes:

```json passes
{"PhoneConfig": {"AfterContactWorkTimeLimit": 60000}}
```

## Fix

Give the limit in seconds, at most 2,000,000.

## Source

botocore `service-2.json`, `UserPhoneConfig.AfterContactWorkTimeLimit` and
`AfterContactWorkConfig.AfterContactWorkTimeLimit` documentation; Admin Guide; constraints notes §3,
§4.6 and §7.2.
"#,
    },
    messages: &[&ABOVE_MAXIMUM, &LONG_ABOVE_MAXIMUM],
    helps: &[&IN_MILLISECONDS, &IN_SECONDS, &UNREADABLE],
    check: Check::Request(check),
    scope: Scope::Every,
    fix: None,
};

static ABOVE_MAXIMUM: Template =
    Template::new("{path} is {limit} seconds; the maximum is {max:thousands} (about {days} days).");
/// A long integer shows as its size, without the unit.
static LONG_ABOVE_MAXIMUM: Template =
    Template::new("{path} is {limit}; the maximum is {max:thousands} (about {days} days).");
static IN_MILLISECONDS: Template =
    Template::new("If this is in milliseconds (SearchUsers returns milliseconds), in seconds it is {seconds}.");
static IN_SECONDS: Template =
    Template::new("Give the limit in seconds, at most {max:thousands} (about {days} days), or 0 for no limit.");
static UNREADABLE: Template = Template::new("Give the limit in seconds, at most {max:thousands} (about {days} days), or 0 for no limit; the AWS CLI cannot even read an integer of more than {digits:thousands} digits.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if let Some(phone_config) = object(cx.request, "PhoneConfig") {
        check_limit(phone_config, || path!["PhoneConfig"], out);
    }
    for (index, element) in elements(cx.request, "AfterContactWorkConfigs") {
        for member in ["AfterContactWorkConfig", "AgentFirstCallbackAfterContactWorkConfig"] {
            if let Some(config) = object(element, member) {
                check_limit(config, || path!["AfterContactWorkConfigs", index, member], out);
            }
        }
    }
}

/// `at` builds the owner's path, only for a diagnostic.
fn check_limit(owner: &Object, at: impl FnOnce() -> Path, out: &mut Vec<Diagnostic>) {
    let Some(limit) = owner.get("AfterContactWorkTimeLimit").and_then(|v| v.as_number()) else { return };
    if !limit.is_integral() || !limit.is_above(MAX_AFTER_CONTACT_WORK_SECONDS) {
        return;
    }
    let message = if limit.is_long() { &LONG_ABOVE_MAXIMUM } else { &ABOVE_MAXIMUM };
    let diagnostic = RULE
        .report(at().join("AfterContactWorkTimeLimit"), message)
        .with_arg("limit", Arg::Number(limit.clone()))
        .with_arg("max", Arg::Int(MAX_AFTER_CONTACT_WORK_SECONDS))
        .with_arg("days", Arg::Int(days()));
    out.push(match limit.as_i64() {
        Some(ms) if ms % 1000 == 0 && ms / 1000 <= MAX_AFTER_CONTACT_WORK_SECONDS => {
            diagnostic.with_help(&IN_MILLISECONDS).with_arg("seconds", Arg::Int(ms / 1000))
        }
        _ if limit.digit_count().unwrap_or_default() > MAX_INT_DIGITS => {
            diagnostic.with_help(&UNREADABLE).with_arg("digits", Arg::count(MAX_INT_DIGITS))
        }
        _ => diagnostic.with_help(&IN_SECONDS),
    });
}

/// The maximum in whole days: about 23.
pub(crate) fn days() -> i64 {
    const DAY: i64 = 86_400;
    (MAX_AFTER_CONTACT_WORK_SECONDS + DAY / 2) / DAY
}
