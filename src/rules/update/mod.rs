//! Rules that the documentation of the update and tagging operations gives.

pub(crate) mod directory_managed_identity;
pub(crate) mod email_change;
pub(crate) mod empty_update;
pub(crate) mod hierarchy_group_cleared;
pub(crate) mod phone_config_superseded;
pub(crate) mod resource_arn;
