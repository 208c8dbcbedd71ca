//! The Amazon Connect operations on a user that this package checks, each with its AWS name, its
//! AWS CLI command and its input shape in [`crate::model`].

use crate::model::{self, StructureShape};

/// An operation on a user: CreateUser, the update operations and the tagging operations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Operation {
    #[default]
    CreateUser,
    UpdateUserIdentityInfo,
    UpdateUserPhoneConfig,
    UpdateUserConfig,
    UpdateUserSecurityProfiles,
    UpdateUserRoutingProfile,
    UpdateUserHierarchy,
    TagResource,
    UntagResource,
}

impl Operation {
    /// Every operation, CreateUser first, then in the order an update plan makes its calls.
    pub const ALL: [Operation; 9] = [
        Operation::CreateUser,
        Operation::UpdateUserIdentityInfo,
        Operation::UpdateUserPhoneConfig,
        Operation::UpdateUserConfig,
        Operation::UpdateUserSecurityProfiles,
        Operation::UpdateUserRoutingProfile,
        Operation::UpdateUserHierarchy,
        Operation::TagResource,
        Operation::UntagResource,
    ];

    /// The operation's position in [`Operation::ALL`]: how the package and the wasm name it.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The operation at `index` in [`Operation::ALL`].
    pub fn from_index(index: usize) -> Option<Self> {
        Operation::ALL.get(index).copied()
    }

    /// The AWS operation name, such as `UpdateUserConfig`.
    pub fn name(self) -> &'static str {
        match self {
            Operation::CreateUser => "CreateUser",
            Operation::UpdateUserIdentityInfo => "UpdateUserIdentityInfo",
            Operation::UpdateUserPhoneConfig => "UpdateUserPhoneConfig",
            Operation::UpdateUserConfig => "UpdateUserConfig",
            Operation::UpdateUserSecurityProfiles => "UpdateUserSecurityProfiles",
            Operation::UpdateUserRoutingProfile => "UpdateUserRoutingProfile",
            Operation::UpdateUserHierarchy => "UpdateUserHierarchy",
            Operation::TagResource => "TagResource",
            Operation::UntagResource => "UntagResource",
        }
    }

    /// The AWS CLI command, such as `update-user-config`.
    pub fn cli_command(self) -> &'static str {
        match self {
            Operation::CreateUser => "create-user",
            Operation::UpdateUserIdentityInfo => "update-user-identity-info",
            Operation::UpdateUserPhoneConfig => "update-user-phone-config",
            Operation::UpdateUserConfig => "update-user-config",
            Operation::UpdateUserSecurityProfiles => "update-user-security-profiles",
            Operation::UpdateUserRoutingProfile => "update-user-routing-profile",
            Operation::UpdateUserHierarchy => "update-user-hierarchy",
            Operation::TagResource => "tag-resource",
            Operation::UntagResource => "untag-resource",
        }
    }

    /// The operation's input shape.
    pub fn input(self) -> &'static StructureShape {
        match self {
            Operation::CreateUser => &model::CREATE_USER_REQUEST,
            Operation::UpdateUserIdentityInfo => &model::UPDATE_USER_IDENTITY_INFO_REQUEST,
            Operation::UpdateUserPhoneConfig => &model::UPDATE_USER_PHONE_CONFIG_REQUEST,
            Operation::UpdateUserConfig => &model::UPDATE_USER_CONFIG_REQUEST,
            Operation::UpdateUserSecurityProfiles => &model::UPDATE_USER_SECURITY_PROFILES_REQUEST,
            Operation::UpdateUserRoutingProfile => &model::UPDATE_USER_ROUTING_PROFILE_REQUEST,
            Operation::UpdateUserHierarchy => &model::UPDATE_USER_HIERARCHY_REQUEST,
            Operation::TagResource => &model::TAG_RESOURCE_REQUEST,
            Operation::UntagResource => &model::UNTAG_RESOURCE_REQUEST,
        }
    }

    /// The operation with this AWS name.
    pub fn parse(name: &str) -> Option<Self> {
        Operation::ALL.into_iter().find(|operation| operation.name() == name)
    }

    /// The operation of this AWS CLI command.
    pub fn from_cli_command(command: &str) -> Option<Self> {
        Operation::ALL.into_iter().find(|operation| operation.cli_command() == command)
    }

    /// Whether the operation's input has every one of these top-level members.
    pub fn carries(self, members: &[&str]) -> bool {
        members.iter().all(|name| self.input().member(name).is_some())
    }
}

impl std::fmt::Display for Operation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
