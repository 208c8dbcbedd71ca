//! Rules about who the user is and how they sign in; most depend on the instance's
//! identity-management type.

pub(crate) mod directory_user_id_not_allowed;
pub(crate) mod email_format;
pub(crate) mod email_not_allowed;
pub(crate) mod email_required;
pub(crate) mod identity_type_inferred;
pub(crate) mod mobile_format;
pub(crate) mod name_length;
pub(crate) mod name_not_nfc;
pub(crate) mod name_required;
pub(crate) mod password_not_allowed;
pub(crate) mod password_policy;
pub(crate) mod password_required;
pub(crate) mod username_at_sign;
pub(crate) mod username_characters;
pub(crate) mod username_length;
