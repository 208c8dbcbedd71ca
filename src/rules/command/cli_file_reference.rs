//! `cli-file-reference`: an option value is a `file://`, `fileb://`, `http://` or `https://` reference, which the AWS CLI would load but a browser cannot.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::path::Path;
use crate::rules::{Check, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "cli-file-reference",
        severity: Severity::Warning,
        title: "Value read from a file or URL",
        summary: "An option value is a `file://`, `fileb://`, `http://` or `https://` reference, which the AWS CLI would load but a browser cannot.",
        explanation: r#"## What it checks

A value that starts with `file://`, `fileb://`, `http://` or `https://` (a whole option value,
or the only word of a list option), a `--cli-input-json file://…` document, and a shorthand key
written `Key@=file://…`. The AWS CLI v1 replaces such a value with the file's or URL's content; this
tool cannot read your files, so the member is left out of the request and this diagnostic says so.

## Why

The request would be missing the member without a word of explanation otherwise. (AWS CLI v2 no
longer fetches `http(s)://` values, but v1, which this tool follows, does.)

## Example

This pasted command gets the diagnostic:

```sh fails
aws connect create-user --username mary --identity-info file://identity.json
```

This one does not:

```sh passes
aws connect create-user --username mary --identity-info FirstName=Mary,LastName=Major
```

## Fix

Paste the file's content in place of the reference, as shorthand or JSON.

## Source

AWS CLI `awscli/paramfile.py` (`LOCAL_PREFIX_MAP`, `REMOTE_PREFIX_MAP`, `URIArgumentHandler`); shorthand notes §1 step 3 and §2.4.
"#,
    },
    messages: &[&READS, &DOWNLOADS, &super::MORE_FINDINGS],
    helps: &[&PASTE_THE_CONTENT, &super::ONLY_THE_FIRST],
    check: Check::Command,
    scope: Scope::Every,
    fix: None,
};

static READS: Template = Template::new(
    "The AWS CLI reads the value of {option} from a {prefix} reference; a browser cannot, so this value is left out.",
);
static DOWNLOADS: Template = Template::new(
    "The AWS CLI downloads the value of {option} from a {prefix} reference; a browser cannot, so this value is left out.",
);
static PASTE_THE_CONTENT: Template =
    Template::new("Paste the content itself (as shorthand or JSON) in place of the reference.");

/// The value of `option` starts with `prefix` (`file://`, `fileb://`, `http://` or `https://`).
pub(crate) fn diagnostic(path: Path, option: &'static str, prefix: &'static str) -> Diagnostic {
    let message = if prefix.starts_with("http") { &DOWNLOADS } else { &READS };
    RULE.report(path, message)
        .with_help(&PASTE_THE_CONTENT)
        .with_arg("option", Arg::word(option))
        .with_arg("prefix", Arg::word(prefix))
}
