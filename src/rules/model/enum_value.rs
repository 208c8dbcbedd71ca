//! `enum`: a value outside PhoneType, Channel or VoiceEnhancementMode.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Edit, Fix, Severity};
use crate::model::StringShape;
use crate::path::Location;
use crate::rules::{Check, Rule, Scope};
use crate::value::Value;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
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
    messages: &[&NOT_IN_ENUM],
    helps: &[&DID_YOU_MEAN, &USE_ALLOWED],
    check: Check::ModelWalk,
    scope: Scope::Every,
    fix: Some(fix),
};

static NOT_IN_ENUM: Template = Template::new("{path} is {value}, which is not {allowed}.");
static DID_YOU_MEAN: Template =
    Template::new("Did you mean {suggestion}? Enum values are case-sensitive: use {allowed}.");
static USE_ALLOWED: Template = Template::new("Use {allowed}.");

pub(super) fn check(shape: &StringShape, value: &str, at: &Location, out: &mut Vec<Diagnostic>) {
    if shape.enum_values.is_empty() || shape.enum_values.contains(&value) {
        return;
    }
    let diagnostic = RULE
        .report(at.to_path(), &NOT_IN_ENUM)
        .with_arg("value", Arg::text(value))
        .with_arg("allowed", Arg::words(shape.enum_values));
    out.push(match case_fix(shape.enum_values, value) {
        Some(fixed) => diagnostic.with_help(&DID_YOU_MEAN).with_arg("suggestion", Arg::word(fixed)).fixable(),
        None => diagnostic.with_help(&USE_ALLOWED),
    });
}

/// The value the help suggests.
fn fix(diagnostic: &Diagnostic, _request: &Value) -> Option<Fix> {
    match diagnostic.arg("suggestion")? {
        Arg::Word(suggestion) => Some(Edit::set(diagnostic.path.clone(), suggestion.as_ref()).into()),
        _ => None,
    }
}

/// The enum value that `value` spells with other case or punctuation.
fn case_fix(values: &[&'static str], value: &str) -> Option<&'static str> {
    let letters =
        |s: &str| s.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect::<String>();
    let wanted = letters(value);
    values.iter().copied().find(|v| letters(v) == wanted)
}
