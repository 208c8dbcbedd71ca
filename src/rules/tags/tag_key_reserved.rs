//! `tag-key-reserved`: a tag key in the reserved `aws:` namespace.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::rules::tags::tag_keys;
use crate::rules::{Check, Context, Rule, Scope};
use std::borrow::Cow;

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "tag-key-reserved",
        severity: Severity::Error,
        title: "Reserved tag key prefix",
        summary: "Tag keys may not start with aws: (an error); other casings such as AWS: are a warning.",
        explanation: r#"## What it checks

That no tag key starts with `aws:`, which is an error. A key starting with `AWS:`, `Aws:` or another
casing of the prefix is a warning.

## Why

The model's TagKey pattern is `^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$`: its lookahead refuses exactly
the lower-case prefix, which AWS reserves for its own tags. The pattern is case-sensitive, so
`AWS:cost` passes it; that is why another casing is only a warning. Such a key is still almost
certainly a mistake: it reads as an AWS-managed tag to every person and tool that looks at it.

## Example

This fails:

```json fails
{"Tags": {"aws:x": "1"}}
```

This passes:

```json passes
{"Tags": {"x": "1"}}
```

## Fix

Use a key without the `aws:` prefix, such as `org:x` or `x`.

## Source

botocore `service-2.json` (`TagKey` pattern, Unicode since 2024-07-18); constraints notes §3 and §7.9.
"#,
    },
    messages: &[&RESERVED_PREFIX],
    helps: &[&CHOOSE_ANOTHER, &READS_AS_AWS],
    check: Check::Request(check),
    scope: Scope::Every,
    fix: None,
};

static RESERVED_PREFIX: Template = Template::new("The tag key {key} starts with the reserved prefix {prefix}.");
static CHOOSE_ANOTHER: Template = Template::new("AWS reserves aws: for its own tags; choose another prefix.");
static READS_AS_AWS: Template = Template::new(
    "The model refuses only lower-case aws:, but this key reads as an AWS-managed tag; choose another prefix.",
);

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    for tag in tag_keys(cx.request) {
        let Some(prefix) = tag.key.get(..4).filter(|p| p.eq_ignore_ascii_case("aws:")) else { continue };
        let diagnostic = RULE
            .report(tag.path(), &RESERVED_PREFIX)
            .with_arg("key", Arg::text(tag.key))
            .with_arg("prefix", Arg::Word(Cow::Owned(prefix.to_owned())));
        out.push(if prefix == "aws:" {
            diagnostic.with_help(&CHOOSE_ANOTHER)
        } else {
            diagnostic.with_severity(Severity::Warning).with_help(&READS_AS_AWS)
        });
    }
}
