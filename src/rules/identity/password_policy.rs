//! `password-policy`: a Password that does not meet the documented policy.

use crate::diagnostic::Template;
use crate::diagnostic::{Arg, Diagnostic, Severity};
use crate::options::IdentityType;
use crate::path;
use crate::rules::{string, Check, Context, Rule, Scope};

pub static RULE: Rule = Rule {
    doc: rule_doc! {
        code: "password-policy",
        severity: Severity::Error,
        title: "Password does not meet the policy",
        summary: "A Password must be 8–64 non-whitespace characters with an ASCII upper-case letter, lower-case letter and digit.",
        explanation: r#"## What it checks

That `Password` has 8 to 64 characters, none of them whitespace, including at least one ASCII
lower-case letter (a–z), one ASCII upper-case letter (A–Z) and one ASCII digit (0–9). Symbols are
allowed but not required. The message says which part fails and never shows the password. The rule
runs when the type is CONNECT_MANAGED or not given; with the other types any password is already an
error (`password-not-allowed`).

## Why

The model's pattern is `/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[a-zA-Z\d\S]{8,64}$/`. Taken literally it
matches nothing, because the `/…/` delimiters are part of the string (Smithy even anchors them:
`^/^…$/$`), and Rust's `regex` has no lookahead. The delimiters mark a JavaScript regular expression,
so this rule implements what it means in JavaScript: the three lookaheads become three "contains"
checks, `\d` is ASCII, `[a-zA-Z\d\S]` is simply `\S`, and `\S` excludes Unicode whitespace. The Admin
Guide says the same in words: "between 8-64 characters, and must contain at least one uppercase
letter, one lowercase letter, and one number". It also warns that an ellipsis (…) in a bulk-upload
password "can cause an error", which the pattern allows, so the service may be stricter still.

## Example

With CONNECT_MANAGED, a password without an upper-case letter fails:

```json fails identity=CONNECT_MANAGED
{"Password": "password1"}
```

This passes:

```json passes identity=CONNECT_MANAGED
{"Password": "Pass@Word1"}
```

## Fix

Choose a password that meets every part of the policy.

## Source

botocore `service-2.json` (`Password` pattern); Admin Guide `tutorial1-create-instance.md` and
`user-management.md`; constraints notes §5 and §7.6. Terraform checks only the length.
"#,
    },
    messages: &[&FAILS],
    helps: &[&MEET_IT],
    check: Check::Identity(check),
    scope: Scope::Members(&["Password"]),
    fix: None,
};

static FAILS: Template = Template::new("Password {failures:and}.");
static MEET_IT: Template = Template::new(
    "Use 8–64 characters without spaces, including an upper-case letter, a lower-case letter and a digit.",
);

fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    if matches!(cx.identity, Some(IdentityType::Saml | IdentityType::ExistingDirectory)) {
        return;
    }
    let Some(password) = string(cx.request, "Password") else { return };
    let failures = failures(password);
    if !failures.is_empty() {
        out.push(
            RULE.report(path!["Password"], &FAILS).with_help(&MEET_IT).with_arg("failures", Arg::words(&failures)),
        );
    }
}

/// What the password lacks, as message fragments. The password itself never leaves this function.
fn failures(password: &str) -> Vec<&'static str> {
    let length = password.chars().count();
    let mut failures = Vec::new();
    if length < 8 {
        failures.push("is shorter than 8 characters");
    } else if length > 64 {
        failures.push("is longer than 64 characters");
    }
    if password.chars().any(is_javascript_whitespace) {
        failures.push("contains whitespace");
    }
    if !password.chars().any(|c| c.is_ascii_uppercase()) {
        failures.push("has no upper-case letter (A–Z)");
    }
    if !password.chars().any(|c| c.is_ascii_lowercase()) {
        failures.push("has no lower-case letter (a–z)");
    }
    if !password.chars().any(|c| c.is_ascii_digit()) {
        failures.push("has no digit (0–9)");
    }
    failures
}

/// JavaScript's `\s`: WhiteSpace and LineTerminator, which are Unicode's `Zs` plus tab, vertical
/// tab, form feed, no-break space, the byte-order mark and the line terminators.
fn is_javascript_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn matches_the_documented_pattern_cases() {
        // The cases the constraints notes checked with Python against the stripped pattern.
        assert!(failures("Pass@Word1").is_empty());
        assert_eq!(failures("password1"), ["has no upper-case letter (A–Z)"]);
        assert_eq!(failures("PASSWORD1"), ["has no lower-case letter (a–z)"]);
        assert_eq!(failures("Passwrd"), ["is shorter than 8 characters", "has no digit (0–9)"]);
        assert_eq!(failures("Pass Word1"), ["contains whitespace"]);
        assert!(failures(&format!("Aa1{}", "x".repeat(61))).is_empty());
        assert_eq!(failures(&format!("Aa1{}", "x".repeat(62))), ["is longer than 64 characters"]);
    }

    #[test]
    fn character_classes_are_ascii_and_whitespace_is_unicode() {
        assert_eq!(failures("Pàsswörd١"), ["has no digit (0–9)"]);
        assert_eq!(failures("Pass\u{a0}Word1"), ["contains whitespace"]);
        assert!(failures("Pass…Word1").is_empty());
    }
}
