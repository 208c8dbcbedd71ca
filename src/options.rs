//! Settings that are not part of the request itself.

/// How the Amazon Connect instance manages identities. It is a setting of the instance, so it
/// comes in as an option; several rules depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IdentityType {
    ConnectManaged,
    Saml,
    ExistingDirectory,
}

impl IdentityType {
    pub const ALL: [IdentityType; 3] =
        [IdentityType::ConnectManaged, IdentityType::Saml, IdentityType::ExistingDirectory];

    /// The AWS name: `CONNECT_MANAGED`, `SAML` or `EXISTING_DIRECTORY`.
    pub fn as_str(self) -> &'static str {
        match self {
            IdentityType::ConnectManaged => "CONNECT_MANAGED",
            IdentityType::Saml => "SAML",
            IdentityType::ExistingDirectory => "EXISTING_DIRECTORY",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        IdentityType::ALL.into_iter().find(|t| t.as_str() == name)
    }
}

impl std::fmt::Display for IdentityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Validation options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The operation the request is for; CreateUser by default.
    pub operation: crate::operation::Operation,
    /// The instance's identity-management type, when known.
    pub identity_type: Option<IdentityType>,
}
