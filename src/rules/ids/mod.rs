//! Rules about identifiers: Connect IDs, ARNs given in their place, repeated security profiles.

pub(crate) mod arn_instead_of_id;
pub(crate) mod duplicate_security_profile;
pub(crate) mod id_format;

use crate::path::Path;
use crate::rules::string;
use crate::value::{Object, Value};

/// An identifier in the request and the kind of Connect resource it names.
pub(crate) struct IdValue<'a> {
    /// The member holding it, and its index in SecurityProfileIds.
    member: &'static str,
    index: Option<usize>,
    pub value: &'a str,
    /// The resource type as ARNs spell it: `instance`, `security-profile`, ….
    pub kind: &'static str,
}

impl IdValue<'_> {
    /// Built only for a diagnostic, so that valid requests allocate no paths.
    pub fn path(&self) -> Path {
        match self.index {
            Some(index) => Path::root().join(self.member).join(index),
            None => Path::root().join(self.member),
        }
    }

    /// The resource type in words: "security profile".
    pub fn label(&self) -> &'static str {
        resource_label(self.kind)
    }
}

/// An ARN resource type in words; unknown types read as they are spelled.
pub(crate) fn resource_label(kind: &str) -> &str {
    match kind {
        "security-profile" => "security profile",
        "routing-profile" => "routing profile",
        "agent-group" => "hierarchy group",
        "agent" => "user",
        other => other,
    }
}

/// Every identifier member that is a string.
pub(crate) fn id_values(request: &Object) -> impl Iterator<Item = IdValue<'_>> {
    let single = |member: &'static str, kind: &'static str| {
        string(request, member).map(|value| IdValue { member, index: None, value, kind })
    };
    let profiles = request.get("SecurityProfileIds").and_then(Value::as_array).unwrap_or_default();
    let profiles = profiles.iter().enumerate().filter_map(|(index, profile)| {
        Some(IdValue {
            member: "SecurityProfileIds",
            index: Some(index),
            value: profile.as_str()?,
            kind: "security-profile",
        })
    });
    [
        single("UserId", "agent"),
        single("InstanceId", "instance"),
        single("RoutingProfileId", "routing-profile"),
        single("HierarchyGroupId", "agent-group"),
    ]
    .into_iter()
    .flatten()
    .chain(profiles)
}

/// An Amazon Connect ARN, `arn:aws:connect:us-west-2:123456789012:instance/ID[/KIND/ID]`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct ConnectArn<'a> {
    pub service: &'a str,
    /// The instance the resource belongs to, when the resource part has one.
    pub instance: Option<&'a str>,
    pub kind: &'a str,
    pub id: &'a str,
}

pub(crate) fn parse_arn(value: &str) -> Option<ConnectArn<'_>> {
    let mut parts = value.strip_prefix("arn:")?.splitn(5, ':');
    let [_partition, service, _region, _account, resource] =
        [parts.next()?, parts.next()?, parts.next()?, parts.next()?, parts.next()?];
    let segments: Vec<&str> = resource.split('/').collect();
    let (instance, kind, id) = match segments.as_slice() {
        ["instance", id] => (None, "instance", *id),
        ["instance", instance, kind, id] => (Some(*instance), *kind, *id),
        [kind, id] => (None, *kind, *id),
        _ => (None, "", ""),
    };
    Some(ConnectArn { service, instance, kind, id })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn parses_connect_arns() {
        let arn = parse_arn("arn:aws:connect:us-west-2:123456789012:instance/i-1/security-profile/sp-1").unwrap();
        assert_eq!(arn, ConnectArn { service: "connect", instance: Some("i-1"), kind: "security-profile", id: "sp-1" });
        let arn = parse_arn("arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/i-1").unwrap();
        assert_eq!(arn, ConnectArn { service: "connect", instance: None, kind: "instance", id: "i-1" });
        assert_eq!(parse_arn("not-an-arn"), None);
        assert_eq!(parse_arn("arn:aws:iam::123456789012:role/x").unwrap().service, "iam");
    }
}
