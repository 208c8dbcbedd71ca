//! `enum`: a value outside PhoneType, Channel or VoiceEnhancementMode.

use crate::diagnostic::{Diagnostic, Edit, Severity};
use crate::model::StringShape;
use crate::path::Location;
use crate::rules::text::{one_of, quoted};
use crate::rules::{Check, Rule, RuleDoc};

pub static RULE: Rule = Rule {
    doc: RuleDoc {
        code: "enum",
        severity: Severity::Error,
        title: "Value not in the enum",
        summary: "A PhoneType, Channel or VoiceEnhancementMode value that is not one of the allowed values.",
        explanation: r#"## What it checks

That enum members hold one of their values, exactly: `PhoneType` is `SOFT_PHONE` or `DESK_PHONE`;
`Channel` is `VOICE`, `CHAT`, `TASK` or `EMAIL`; `VoiceEnhancementMode` is `VOICE_ISOLATION`,
`NOISE_SUPPRESSION` or `NONE`. Values are case-sensitive.

## Why

The service rejects other values. Neither botocore nor the AWS CLI checks enums, so
`PhoneType=desk_phone` is sent as typed and fails only at the service.

## Example

This fails:

```json fails
{"PhoneConfig": {"PhoneType": "desk_phone"}}
```

This passes:

```json passes
{"PhoneConfig": {"PhoneType": "DESK_PHONE"}}
```

## Fix

Use one of the listed values. When the value differs from one only in case or punctuation
(`desk_phone`, `Desk-Phone`, `softphone`) the diagnostic carries that value as its fix.

## Source

botocore `service-2.json` (`PhoneType`, `Channel`, `VoiceEnhancementMode`); constraints notes §6 on
botocore not checking enums.
"#,
    },
    check: Check::ModelWalk,
};

pub(super) fn check(shape: &StringShape, value: &str, at: &Location, out: &mut Vec<Diagnostic>) {
    if shape.enum_values.is_empty() || shape.enum_values.contains(&value) {
        return;
    }
    let path = at.to_path();
    let allowed = one_of(shape.enum_values);
    let diagnostic = RULE.at(path.clone(), format!("{path} is {}, which is not {allowed}.", quoted(value)));
    out.push(match case_fix(shape.enum_values, value) {
        Some(fixed) => diagnostic
            .with_help(format!("Did you mean {fixed}? Enum values are case-sensitive: use {allowed}."))
            .with_fix(Edit::set(path, fixed)),
        None => diagnostic.with_help(format!("Use {allowed}.")),
    });
}

/// The enum value that `value` spells with other case or punctuation.
fn case_fix(values: &[&'static str], value: &str) -> Option<&'static str> {
    let letters =
        |s: &str| s.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect::<String>();
    let wanted = letters(value);
    values.iter().copied().find(|v| letters(v) == wanted)
}
