//! Rules about an update plan (`crate::plan`): what it cannot read, cannot do, or does in a way
//! AWS does not document. They are reported by `plan_user_update`, never by validation.
//!
//! Their documentation examples are plans: ```` ```json plan fails ```` blocks whose body is
//! `{"current": …, "desired": …}` (see tests/rule_docs.rs).

pub(crate) mod plan_absent_kept;
pub(crate) mod plan_cannot_clear;
pub(crate) mod plan_clear_undocumented;
pub(crate) mod plan_input;
pub(crate) mod plan_no_user_id;
pub(crate) mod plan_password;
pub(crate) mod plan_unchangeable;
pub(crate) mod plan_unknown_member;
pub(crate) mod plan_user_arn;
