//! The options of each operation's AWS CLI command (`aws connect create-user`,
//! `aws connect tag-resource`, …), one per input member, named as the CLI names them.

use crate::model::{Member, Shape};
use crate::operation::Operation;
use std::sync::LazyLock;

/// How the CLI reads an option's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    /// Exactly one word (strings, structures, maps).
    One,
    /// Zero or more words, up to the next option (lists).
    Many,
}

#[derive(Debug)]
pub struct CliOption {
    /// `--security-profile-ids`.
    pub name: String,
    pub member: &'static Member,
}

impl CliOption {
    pub fn arity(&self) -> Arity {
        match self.member.shape {
            Shape::List(_) => Arity::Many,
            _ => Arity::One,
        }
    }

    /// Whether the CLI reads this option as shorthand unless its value looks like JSON:
    /// structures, maps and lists of structures, not strings or lists of strings.
    pub fn takes_shorthand(&self) -> bool {
        match self.member.shape {
            Shape::Structure(_) | Shape::Map(_) => true,
            Shape::List(list) => matches!(list.member, Shape::Structure(_) | Shape::List(_) | Shape::Map(_)),
            _ => false,
        }
    }
}

/// The options for the members of `operation`'s input, in model order.
pub fn options(operation: Operation) -> &'static [CliOption] {
    static OPTIONS: LazyLock<Vec<Vec<CliOption>>> = LazyLock::new(|| {
        Operation::ALL
            .iter()
            .map(|operation| {
                let input = operation.input();
                input.members.iter().map(|member| CliOption { name: option_name(member.name), member }).collect()
            })
            .collect()
    });
    let index = Operation::ALL.iter().position(|known| *known == operation).unwrap_or_default();
    OPTIONS.get(index).map_or(&[], Vec::as_slice)
}

/// botocore's `xform_name(name, '-')` with `--` in front: `SecurityProfileIds` →
/// `--security-profile-ids`, `resourceArn` → `--resource-arn`.
pub fn option_name(member: &str) -> String {
    let mut name = String::from("--");
    let mut previous: Option<char> = None;
    for c in member.chars() {
        if c.is_ascii_uppercase() && previous.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit()) {
            name.push('-');
        }
        name.push(c.to_ascii_lowercase());
        previous = Some(c);
    }
    name
}

/// The options the CLI adds to every operation; both change what the command does.
pub const CLI_INPUT_JSON: &str = "--cli-input-json";
pub const GENERATE_CLI_SKELETON: &str = "--generate-cli-skeleton";

/// The AWS CLI v1 global options (`awscli/data/cli.json`) and whether each takes a value, in the
/// order its parser holds them, which is the order of an ambiguous option's matches: `--version`
/// last, since `MainArgParser` adds it again after the table, replacing the table's.
pub const GLOBAL_OPTIONS: &[(&str, bool)] = &[
    ("--debug", false),
    ("--endpoint-url", true),
    ("--no-verify-ssl", false),
    ("--no-paginate", false),
    ("--output", true),
    ("--query", true),
    ("--profile", true),
    ("--region", true),
    ("--color", true),
    ("--no-sign-request", false),
    ("--ca-bundle", true),
    ("--cli-read-timeout", true),
    ("--cli-connect-timeout", true),
    ("--v2-debug", false),
    ("--version", false),
];

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn names_follow_xform_name() {
        let names: Vec<&str> = options(Operation::CreateUser).iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "--username",
                "--password",
                "--identity-info",
                "--phone-config",
                "--directory-user-id",
                "--security-profile-ids",
                "--routing-profile-id",
                "--hierarchy-group-id",
                "--instance-id",
                "--auto-accept-configs",
                "--after-contact-work-configs",
                "--phone-number-configs",
                "--persistent-connection-configs",
                "--voice-enhancement-configs",
                "--tags",
            ]
        );
    }

    /// As awscli 1.46.3 lists them (`aws connect <command> help`), in its order.
    #[test]
    fn every_operation_has_the_clis_options() {
        let names = |operation| options(operation).iter().map(|o| o.name.as_str()).collect::<Vec<_>>();
        let ids = ["--user-id", "--instance-id"];
        assert_eq!(names(Operation::UpdateUserIdentityInfo), [&["--identity-info"][..], &ids].concat());
        assert_eq!(names(Operation::UpdateUserPhoneConfig), [&["--phone-config"][..], &ids].concat());
        let channel_lists = [
            "--auto-accept-configs",
            "--after-contact-work-configs",
            "--phone-number-configs",
            "--persistent-connection-configs",
            "--voice-enhancement-configs",
        ];
        assert_eq!(names(Operation::UpdateUserConfig), [&channel_lists[..], &ids].concat());
        assert_eq!(names(Operation::UpdateUserSecurityProfiles), [&["--security-profile-ids"][..], &ids].concat());
        assert_eq!(names(Operation::UpdateUserRoutingProfile), [&["--routing-profile-id"][..], &ids].concat());
        assert_eq!(names(Operation::UpdateUserHierarchy), [&["--hierarchy-group-id"][..], &ids].concat());
        assert_eq!(names(Operation::TagResource), ["--resource-arn", "--tags"]);
        assert_eq!(names(Operation::UntagResource), ["--resource-arn", "--tag-keys"]);
        let tag_keys = &options(Operation::UntagResource)[1];
        assert!(tag_keys.arity() == Arity::Many && !tag_keys.takes_shorthand());
    }

    #[test]
    fn shorthand_is_for_complex_shapes() {
        let shorthand: Vec<&str> =
            options(Operation::CreateUser).iter().filter(|o| o.takes_shorthand()).map(|o| o.name.as_str()).collect();
        assert_eq!(
            shorthand,
            [
                "--identity-info",
                "--phone-config",
                "--auto-accept-configs",
                "--after-contact-work-configs",
                "--phone-number-configs",
                "--persistent-connection-configs",
                "--voice-enhancement-configs",
                "--tags",
            ]
        );
        let lists: Vec<&str> = options(Operation::CreateUser)
            .iter()
            .filter(|o| o.arity() == Arity::Many)
            .map(|o| o.name.as_str())
            .collect();
        assert_eq!(
            lists,
            [
                "--security-profile-ids",
                "--auto-accept-configs",
                "--after-contact-work-configs",
                "--phone-number-configs",
                "--persistent-connection-configs",
                "--voice-enhancement-configs",
            ]
        );
    }
}
