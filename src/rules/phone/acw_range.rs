//! `acw-range`: an after contact work time limit above 2,000,000 seconds.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::MAX_AFTER_CONTACT_WORK_SECONDS;
use crate::path::Path;
use crate::rules::text::thousands;
use crate::rules::{elements, object, Check, Context, Rule, RuleDoc};
use crate::value::{Object, MAX_INT_DIGITS};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
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
    check: Check::Request(check),
};

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if let Some(phone_config) = object(cx.request, "PhoneConfig") {
        check_limit(phone_config, Path::root().join("PhoneConfig"), out);
    }
    for (index, element) in elements(cx.request, "AfterContactWorkConfigs") {
        for member in ["AfterContactWorkConfig", "AgentFirstCallbackAfterContactWorkConfig"] {
            if let Some(config) = object(element, member) {
                check_limit(config, Path::root().join("AfterContactWorkConfigs").join(index).join(member), out);
            }
        }
    }
}

fn check_limit(owner: &Object, at: Path, out: &mut Vec<Diagnostic>) {
    let Some(limit) = owner.get("AfterContactWorkTimeLimit").and_then(|v| v.as_number()) else { return };
    if !limit.is_integral() || limit.as_f64() <= MAX_AFTER_CONTACT_WORK_SECONDS as f64 {
        return;
    }
    let path = at.join("AfterContactWorkTimeLimit");
    let help = match limit.as_i64() {
        Some(ms) if ms % 1000 == 0 && ms / 1000 <= MAX_AFTER_CONTACT_WORK_SECONDS => {
            format!("If this is in milliseconds (SearchUsers returns milliseconds), in seconds it is {}.", ms / 1000)
        }
        _ if limit.digit_count().unwrap_or_default() > MAX_INT_DIGITS => format!(
            "Give the limit in seconds, at most {}, or 0 for no limit; the AWS CLI cannot even read an integer of \
             more than {} digits.",
            maximum(),
            thousands(MAX_INT_DIGITS as i64)
        ),
        _ => format!("Give the limit in seconds, at most {}, or 0 for no limit.", maximum()),
    };
    let value = if limit.is_long() { limit.for_message() } else { format!("{limit} seconds") };
    out.push(RULE.at(path.clone(), format!("{path} is {value}; the maximum is {}.", maximum())).with_help(help));
}

/// "2,000,000 (about 23 days)".
pub(crate) fn maximum() -> String {
    let days = MAX_AFTER_CONTACT_WORK_SECONDS as f64 / 86_400.0;
    format!("{} (about {days:.0} days)", thousands(MAX_AFTER_CONTACT_WORK_SECONDS))
}
