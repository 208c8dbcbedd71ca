//! `range`: an integer below the model's minimum.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::model::{IntegerShape, MAX_AFTER_CONTACT_WORK_SECONDS};
use crate::path::Location;
use crate::rules::phone::acw_range::days;
use crate::rules::{Check, Rule, Scope};
use crate::value::Number;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "range",
        severity: Severity::Error,
        title: "Integer out of range",
        summary: "An integer below the model's minimum, such as a negative AfterContactWorkTimeLimit.",
        explanation: r#"## What it checks

That `AfterContactWorkTimeLimit` (in `PhoneConfig`, and in `AfterContactWorkConfig` and
`AgentFirstCallbackAfterContactWorkConfig` of each AfterContactWorkConfigs element) is at least 0,
the model's minimum. The documented maximum of 2,000,000 seconds is checked by `acw-range`.

## Why

botocore refuses the call before sending it ("Invalid value for parameter
PhoneConfig.AfterContactWorkTimeLimit, value: -1, valid min value: 0").

## Example

This fails:

```json fails
{"PhoneConfig": {"AfterContactWorkTimeLimit": -1}}
```

This passes, 0 meaning no time limit:

```json passes
{"PhoneConfig": {"AfterContactWorkTimeLimit": 0}}
```

## Fix

Use 0 for indefinite after contact work, or a number of seconds.

## Source

botocore `service-2.json` (`AfterContactWorkTimeLimit`, `min: 0`); constraints notes §3 and §6.
"#,
    },
    messages: &[&BELOW_MINIMUM],
    helps: &[&INDEFINITE_OR_SECONDS],
    check: Check::ModelWalk,
    scope: Scope::Every,
    fix: None,
};

static BELOW_MINIMUM: Template = Template::new("{path} is {value}; the minimum is {min}.");
static INDEFINITE_OR_SECONDS: Template = Template::new(
    "Use 0 for indefinite after contact work, or a number of seconds up to {max:thousands} (about {days} days).",
);

pub(super) fn check(shape: &IntegerShape, value: &Number, at: &Location, out: &mut Vec<Diagnostic>) {
    let Some(min) = shape.min else { return };
    if value.is_below(min) {
        out.push(
            RULE.report(at.to_path(), &BELOW_MINIMUM)
                .with_help(&INDEFINITE_OR_SECONDS)
                .with_arg("value", Arg::Number(value.clone()))
                .with_arg("min", Arg::Int(min))
                .with_arg("max", Arg::Int(MAX_AFTER_CONTACT_WORK_SECONDS))
                .with_arg("days", Arg::Int(days())),
        );
    }
}
