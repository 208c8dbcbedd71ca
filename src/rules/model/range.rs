//! `range`: an integer below the model's minimum.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::IntegerShape;
use crate::path::Location;
use crate::rules::{Check, Rule, RuleDoc};
use crate::value::Number;

pub static RULE: Rule = Rule {
    doc: RuleDoc {
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
    check: Check::ModelWalk,
};

pub(super) fn check(shape: &IntegerShape, value: &Number, at: &Location, out: &mut Vec<Diagnostic>) {
    let Some(min) = shape.min else { return };
    if value.as_f64() < min as f64 {
        let path = at.to_path();
        out.push(RULE.at(path.clone(), format!("{path} is {}; the minimum is {min}.", value.for_message())).with_help(
            format!(
                "Use 0 for indefinite after contact work, or a number of seconds up to {}.",
                crate::rules::phone::acw_range::maximum()
            ),
        ));
    }
}
