//! `tag-key-characters`: a tag key with characters outside the model's class.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::rules::patterns::{is_tag_key_char, is_tag_key_text, offending_characters};
use crate::rules::tags::tag_keys;
use crate::rules::{Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "tag-key-characters",
        severity: Severity::Error,
        title: "Tag key has characters outside the allowed class",
        summary: "Tag keys may contain only Unicode letters, separators and numbers and _ . : / = + - @.",
        explanation: r#"## What it checks

That every tag key uses only Unicode letters (`\p{L}`), separators such as spaces (`\p{Z}`),
numbers (`\p{N}`) and the characters `_ . : / = + - @`. So `cost center`, `Kostenstelle` and `部門`
are fine, while `cost#center`, `a,b` or a key with a tab or an emoji are not.

## Why

The model's TagKey pattern since 2024-07-18 is `^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$`. (Python's
`re`, and so botocore, cannot even compile `\p{…}`; botocore does not check patterns anyway.) The
CloudFormation schema still has the old ASCII pattern `^(?!aws:)[a-zA-Z+-=._:/]+$`, whose `+-=` is a
character range that lets in digits, `,`, `;` and `<`, and which refuses the spaces and Unicode
letters that the model now allows. This rule follows the service model.

## Example

This fails:

```json fails
{"Tags": {"cost#center": "1"}}
```

This passes:

```json passes
{"Tags": {"cost center": "1"}}
```

## Fix

Replace the listed characters, for example `#` with `-`.

## Source

botocore `service-2.json` (`TagKey`); CloudFormation `AWS::Connect::User`; constraints notes §3 and §7.9.
"#,
    },
    messages: &[&CANNOT_HAVE],
    helps: &[&USE_CLASS],
    check: Check::Request(check),
    scope: Scope::Every,
    fix: None,
};

static CANNOT_HAVE: Template =
    Template::new("The tag key {key} contains characters a tag key cannot have: {characters}.");
static USE_CLASS: Template = Template::new("Use letters, numbers, spaces and _ . : / = + - @ only.");

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    // One match per key; only a key that fails is looked at character by character.
    for tag in tag_keys(cx.request).filter(|tag| !is_tag_key_text(tag.key)) {
        if let Some(characters) = offending_characters(tag.key, is_tag_key_char) {
            out.push(
                RULE.report(tag.path(), &CANNOT_HAVE)
                    .with_help(&USE_CLASS)
                    .with_arg("key", Arg::text(tag.key))
                    .with_arg("characters", Arg::Chars(characters)),
            );
        }
    }
}
