//! The update plan: the calls that turn a user as `aws connect describe-user` prints it into the
//! user as wanted, and nothing more.
//!
//! How the two users are read (the README says the same):
//! - Either may be the whole describe-user document, `{"User": {…}}`, or its `User` object.
//! - A member the desired user leaves out is kept as it is; null removes it. At the top level, and
//!   inside `IdentityInfo`, `PhoneConfig` and `Tags`, the desired members are laid over the current
//!   ones. A list is one value: a desired list is the whole list.
//! - Null and a missing member are the same value, at any depth, and so is an empty channel list.
//!   `SecurityProfileIds` compare as a set (the order describe-user prints them in means nothing);
//!   other lists compare in order.
//! - Each operation gets everything of its part of the user, changed or not (the whole
//!   `IdentityInfo`, the whole `PhoneConfig`, all five channel lists), since AWS does not document
//!   whether a member left out of a call is kept or removed.

use crate::diagnostic::{Diagnostic, ValidationResult};
use crate::operation::Operation;
use crate::options::Options;
use crate::path::Path;
use crate::rules::ids::parse_arn;
use crate::rules::plan::{
    plan_absent_kept, plan_cannot_clear, plan_clear_undocumented, plan_input, plan_no_user_id, plan_password,
    plan_unchangeable, plan_unknown_member, plan_user_arn,
};
use crate::rules::update::{email_change, hierarchy_group_cleared};
use crate::rules::CHANNEL_LISTS;
use crate::value::{KeyIndex, Object, Value};

/// One call of a plan: its operation, its whole request, and that request's validation.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedCall {
    pub operation: Operation,
    pub request: Value,
    pub result: ValidationResult,
}

/// The calls in the order to make them (that of [`Operation::ALL`]), and what the plan itself
/// found: changes it cannot make, and removals whose effect AWS does not document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub calls: Vec<PlannedCall>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Members no operation changes.
const UNCHANGEABLE: [&str; 4] = ["Id", "Arn", "Username", "DirectoryUserId"];

/// The members of describe-user's `User` that Amazon Connect sets; the plan ignores them.
const IGNORED: [&str; 2] = ["LastModifiedTime", "LastModifiedRegion"];

/// The members of describe-user's `User` that some operation changes.
const CHANGEABLE: [&str; 11] = [
    "IdentityInfo",
    "PhoneConfig",
    "SecurityProfileIds",
    "RoutingProfileId",
    "HierarchyGroupId",
    "Tags",
    "AutoAcceptConfigs",
    "AfterContactWorkConfigs",
    "PhoneNumberConfigs",
    "PersistentConnectionConfigs",
    "VoiceEnhancementConfigs",
];

/// The calls that turn `current` into `desired`. Never panics, for any two values.
pub fn plan_user_update(current: &Value, desired: &Value, options: &Options) -> Plan {
    let mut plan = Plan::default();
    let (current, desired) = match (user_of(current), user_of(desired)) {
        (Ok(current), Ok(desired)) => (current, desired),
        (current, desired) => {
            plan.diagnostics.extend(current.err().map(|kind| plan_input::report("current", kind)));
            plan.diagnostics.extend(desired.err().map(|kind| plan_input::report("desired", kind)));
            return plan;
        }
    };
    let target = Target::of(current, &mut plan.diagnostics);
    check_members(current, desired, &mut plan.diagnostics);

    let mut planner = Planner { current, desired, target, options, plan };
    planner.identity_info();
    planner.phone_config();
    planner.channel_lists();
    planner.security_profiles();
    planner.routing_profile();
    planner.hierarchy_group();
    planner.tags();
    planner.plan
}

/// The `User` of a describe-user document, or a `User` itself; else what the value is instead.
fn user_of(value: &Value) -> Result<&Object, &'static str> {
    let Value::Object(object) = value else { return Err(value.kind()) };
    match object.get("User") {
        None => Ok(object),
        Some(Value::Object(user)) => Ok(user),
        Some(other) => Err(match other {
            Value::Null => "a document whose User is null",
            _ => "a document whose User is not an object",
        }),
    }
}

/// Who the calls are about, from the current user.
struct Target<'a> {
    /// `UserId` and `InstanceId` of the update calls, when both are known.
    ids: Option<(&'a str, &'a str)>,
    /// `resourceArn` of the tag calls.
    arn: Option<&'a str>,
}

impl<'a> Target<'a> {
    fn of(current: &'a Object, out: &mut Vec<Diagnostic>) -> Self {
        let id = current.get("Id").and_then(Value::as_str).filter(|id| !id.is_empty());
        let arn = match current.get("Arn") {
            None | Some(Value::Null) => {
                out.push(plan_user_arn::missing());
                None
            }
            Some(value) => {
                let arn = value.as_str().and_then(|text| Some((text, user_arn(text)?)));
                if arn.is_none() {
                    out.push(plan_user_arn::not_a_user_arn());
                }
                arn
            }
        };
        if id.is_none() {
            out.push(plan_no_user_id::report());
        }
        match (id, arn) {
            (Some(id), Some((_, (_, arn_user)))) if id != arn_user => {
                out.push(plan_user_arn::other_user());
                Target { ids: None, arn: None }
            }
            (id, arn) => Target { ids: id.zip(arn.map(|(_, (instance, _))| instance)), arn: arn.map(|(text, _)| text) },
        }
    }
}

/// The instance and user ids of `arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE_ID/agent/USER_ID`.
fn user_arn(text: &str) -> Option<(&str, &str)> {
    let arn = parse_arn(text)?;
    let instance = arn.instance.filter(|instance| !instance.is_empty())?;
    (arn.service == "connect" && arn.kind == "agent" && !arn.id.is_empty()).then_some((instance, arn.id))
}

/// The diagnostics about the desired user's members as a whole: what cannot change, what is not a
/// member, and what is left out and kept.
fn check_members(current: &Object, desired: &Object, out: &mut Vec<Diagnostic>) {
    for member in UNCHANGEABLE {
        if desired.contains_key(member) && !same(current.get(member), desired.get(member)) {
            out.push(plan_unchangeable::report(member));
        }
    }
    for (name, value) in desired.iter() {
        if name == "Password" {
            if !value.is_null() {
                out.push(plan_password::report());
            }
        } else if !(UNCHANGEABLE.contains(&name) || IGNORED.contains(&name) || CHANGEABLE.contains(&name)) {
            out.push(plan_unknown_member::report(name));
        }
    }
    let mut kept = Vec::new();
    for member in CHANGEABLE {
        let Some(wanted) = desired.get(member) else {
            if is_set(current.get(member)) {
                kept.push(Path::root().join(member));
            }
            continue;
        };
        // Inside the members whose desired value is laid over the current one.
        if let (Some(current), Some(wanted), true) = (
            current.get(member).and_then(Value::as_object),
            wanted.as_object(),
            matches!(member, "IdentityInfo" | "PhoneConfig" | "Tags"),
        ) {
            let mentioned = KeyIndex::new(wanted.iter().map(|(key, _)| key));
            let left_out = current.iter().filter(|(key, value)| !value.is_null() && mentioned.position(key).is_none());
            kept.extend(left_out.map(|(key, _)| Path::root().join(member).join(key.to_owned())));
        }
    }
    if !kept.is_empty() {
        out.push(plan_absent_kept::report(kept));
    }
}

/// Builds the calls, one part of the user after another.
struct Planner<'a> {
    current: &'a Object,
    desired: &'a Object,
    target: Target<'a>,
    options: &'a Options,
    plan: Plan,
}

impl Planner<'_> {
    /// Adds the call of `operation` with `body` and the ids it needs, its members in model order;
    /// none when the ids are unknown (a diagnostic already says so). `keep` filters its
    /// diagnostics.
    fn call(&mut self, operation: Operation, body: Vec<(&'static str, Value)>, keep: impl Fn(&Diagnostic) -> bool) {
        let mut members = body;
        if matches!(operation, Operation::TagResource | Operation::UntagResource) {
            let Some(arn) = self.target.arn else { return };
            members.push(("resourceArn", Value::from(arn)));
        } else {
            let Some((user_id, instance_id)) = self.target.ids else { return };
            members.push(("UserId", Value::from(user_id)));
            members.push(("InstanceId", Value::from(instance_id)));
        }
        // At most seven members: found by a look along them.
        let mut take = |name: &str| Some(members.swap_remove(members.iter().position(|(key, _)| *key == name)?).1);
        let request: Object = operation
            .input()
            .members
            .iter()
            .filter_map(|member| Some((member.name.to_owned(), take(member.name)?)))
            .collect();
        let request = Value::Object(request);
        let mut result = crate::validate(&request, &Options { operation, identity_type: self.options.identity_type });
        result.diagnostics.retain(keep);
        let result = ValidationResult::new(result.diagnostics);
        self.plan.calls.push(PlannedCall { operation, request, result });
    }

    /// `UpdateUserIdentityInfo` with the whole desired IdentityInfo. Its `email-change` warning
    /// stays only when the email changes.
    fn identity_info(&mut self) {
        let Some(wanted) = self.desired.get("IdentityInfo") else { return };
        let current = self.current.get("IdentityInfo");
        let merged = laid_over(current, wanted);
        if same(current, Some(&merged)) {
            return;
        }
        self.removals("IdentityInfo", current, &merged, Operation::UpdateUserIdentityInfo);
        let email_changes = !same(current.and_then(|c| c.get("Email")), merged.get("Email"));
        self.call(Operation::UpdateUserIdentityInfo, vec![("IdentityInfo", merged)], |d| {
            // The warning on any request that sets Email belongs only to a call that changes it.
            email_changes || d.rule != &email_change::RULE
        });
    }

    /// `UpdateUserPhoneConfig` with the whole desired PhoneConfig, which cannot be removed.
    fn phone_config(&mut self) {
        let Some(wanted) = self.desired.get("PhoneConfig") else { return };
        let current = self.current.get("PhoneConfig");
        if wanted.is_null() {
            if is_set(current) {
                self.plan.diagnostics.push(plan_cannot_clear::report("PhoneConfig"));
            }
            return;
        }
        let merged = laid_over(current, wanted);
        if same(current, Some(&merged)) {
            return;
        }
        self.removals("PhoneConfig", current, &merged, Operation::UpdateUserPhoneConfig);
        self.call(Operation::UpdateUserPhoneConfig, vec![("PhoneConfig", merged)], |_| true);
    }

    /// A `left_out` diagnostic for each member of the structure `member` that `merged` removes.
    fn removals(&mut self, member: &'static str, current: Option<&Value>, merged: &Value, operation: Operation) {
        let (Some(current), Some(merged)) = (current.and_then(Value::as_object), merged.as_object()) else { return };
        // Indexed: a current structure may hold any number of unknown members.
        let merged = SetMembers::of(merged);
        let removed = current.iter().filter(|(key, value)| !value.is_null() && merged.get(key).is_none());
        let paths: Vec<Path> = removed.map(|(key, _)| Path::root().join(member).join(key.to_owned())).collect();
        for path in paths {
            self.plan.diagnostics.push(plan_clear_undocumented::left_out(path, operation));
        }
    }

    /// `UpdateUserConfig` with all five lists when any changes: the desired ones, and the others
    /// as they are.
    fn channel_lists(&mut self) {
        let wanted = |list: &str| -> Option<Value> {
            let value = self.desired.get(list).or_else(|| self.current.get(list).filter(|v| !v.is_null()))?;
            Some(if value.is_null() { Value::Array(Vec::new()) } else { value.clone() })
        };
        let lists: Vec<(&'static str, Value)> =
            CHANNEL_LISTS.iter().filter_map(|list| Some((*list, wanted(list)?))).collect();
        let changed = lists.iter().filter(|(list, value)| !same_list(self.current.get(list), Some(value)));
        let changed: Vec<&'static str> = changed.map(|(list, _)| *list).collect();
        if changed.is_empty() {
            return;
        }
        for list in changed {
            let dropped = dropped_channels(self.current.get(list), self.desired.get(list));
            if !dropped.is_empty() {
                self.plan.diagnostics.push(plan_clear_undocumented::channels_dropped(list, dropped));
            }
        }
        self.call(Operation::UpdateUserConfig, lists, |_| true);
    }

    /// `UpdateUserSecurityProfiles` when the set of profiles changes.
    fn security_profiles(&mut self) {
        const MEMBER: &str = "SecurityProfileIds";
        let Some(wanted) = self.desired.get(MEMBER) else { return };
        let current = self.current.get(MEMBER);
        if wanted.is_null() || wanted.as_array().is_some_and(<[Value]>::is_empty) {
            if is_set(current) {
                self.plan.diagnostics.push(plan_cannot_clear::report(MEMBER));
            }
            return;
        }
        let unchanged = match (strings(current), strings(Some(wanted))) {
            (Some(current), Some(wanted)) => same_set(&current, &wanted),
            _ => same(current, Some(wanted)),
        };
        if !unchanged {
            self.call(Operation::UpdateUserSecurityProfiles, vec![(MEMBER, wanted.clone())], |_| true);
        }
    }

    /// `UpdateUserRoutingProfile` when the routing profile changes.
    fn routing_profile(&mut self) {
        const MEMBER: &str = "RoutingProfileId";
        let Some(wanted) = self.desired.get(MEMBER) else { return };
        let current = self.current.get(MEMBER);
        if wanted.is_null() {
            if is_set(current) {
                self.plan.diagnostics.push(plan_cannot_clear::report(MEMBER));
            }
        } else if !same(current, Some(wanted)) {
            self.call(Operation::UpdateUserRoutingProfile, vec![(MEMBER, wanted.clone())], |_| true);
        }
    }

    /// `UpdateUserHierarchy` when the group changes; without `HierarchyGroupId` to remove it.
    fn hierarchy_group(&mut self) {
        const MEMBER: &str = "HierarchyGroupId";
        let Some(wanted) = self.desired.get(MEMBER) else { return };
        let current = self.current.get(MEMBER);
        if same(current, Some(wanted)) {
            return;
        }
        if wanted.is_null() {
            let path = Path::root().join(MEMBER);
            self.plan.diagnostics.push(plan_clear_undocumented::left_out(path, Operation::UpdateUserHierarchy));
            // The plan's own warning says it; the call's would repeat it.
            self.call(Operation::UpdateUserHierarchy, Vec::new(), |d| d.rule != &hierarchy_group_cleared::RULE);
        } else {
            self.call(Operation::UpdateUserHierarchy, vec![(MEMBER, wanted.clone())], |_| true);
        }
    }

    /// `TagResource` with the tags added or changed, `UntagResource` with the keys removed.
    fn tags(&mut self) {
        let Some(wanted) = self.desired.get("Tags") else { return };
        let no_tags = Object::new();
        let current = SetMembers::of(self.current.get("Tags").and_then(Value::as_object).unwrap_or(&no_tags));
        let (added, removed): (Object, Vec<Value>) = match wanted {
            Value::Null => (Object::new(), self.current_tag_keys(|_| true)),
            Value::Object(wanted) => {
                let added = wanted
                    .iter()
                    .filter(|(key, value)| !value.is_null() && !same(current.get(key), Some(value)))
                    .map(|(key, value)| (key.to_owned(), value.clone()))
                    .collect();
                let removed = KeyIndex::new(wanted.iter().filter(|(_, value)| value.is_null()).map(|(key, _)| key));
                (added, self.current_tag_keys(|key| removed.position(key).is_some()))
            }
            // Not a map: sent as it is, for validation to say what is wrong with it.
            other => {
                self.call(Operation::TagResource, vec![("tags", other.clone())], |_| true);
                return;
            }
        };
        if !added.is_empty() {
            self.call(Operation::TagResource, vec![("tags", Value::Object(added))], |_| true);
        }
        if !removed.is_empty() {
            self.call(Operation::UntagResource, vec![("tagKeys", Value::Array(removed))], |_| true);
        }
    }

    /// The current tag keys (of set tags) that `selected` picks, in the current order.
    fn current_tag_keys(&self, selected: impl Fn(&str) -> bool) -> Vec<Value> {
        let Some(Value::Object(tags)) = self.current.get("Tags") else { return Vec::new() };
        tags.iter().filter(|(key, value)| !value.is_null() && selected(key)).map(|(key, _)| Value::from(key)).collect()
    }
}

/// The desired structure laid over the current one: the current members, each desired member over
/// them, and null ones removed. A desired value that is not an object is taken as it is, for
/// validation to report; null is an empty structure.
fn laid_over(current: Option<&Value>, wanted: &Value) -> Value {
    let wanted = match wanted {
        Value::Null => return Value::Object(Object::new()),
        Value::Object(wanted) => wanted,
        other => return other.clone(),
    };
    let current = current.and_then(Value::as_object).into_iter().flat_map(Object::iter);
    let merged: Object = current.chain(wanted.iter()).map(|(key, value)| (key.to_owned(), value.clone())).collect();
    Value::Object(merged.iter().filter(|(_, value)| !value.is_null()).map(|(k, v)| (k.to_owned(), v.clone())).collect())
}

/// The channels the current list has elements for and the desired list (when given) has none for.
fn dropped_channels(current: Option<&Value>, desired: Option<&Value>) -> Vec<&'static str> {
    // Each list's distinct channels: at most the model's few, however long the list.
    let channels = |value: Option<&Value>| -> Vec<&'static str> {
        let elements = value.and_then(Value::as_array).unwrap_or_default();
        let mut found: Vec<&'static str> = Vec::new();
        for channel in elements.iter().filter_map(|element| crate::rules::channel(element.as_object()?)) {
            if !found.contains(&channel) {
                found.push(channel);
            }
        }
        found
    };
    let Some(desired) = desired else { return Vec::new() };
    let kept = channels(Some(desired));
    channels(current).into_iter().filter(|channel| !kept.contains(channel)).collect()
}

/// Whether a member is there and not null.
fn is_set(value: Option<&Value>) -> bool {
    value.is_some_and(|value| !value.is_null())
}

/// Whether two channel lists are the same: an empty list is no list.
fn same_list(a: Option<&Value>, b: Option<&Value>) -> bool {
    let empty =
        |value: Option<&Value>| value.is_none_or(|v| v.is_null() || v.as_array().is_some_and(<[Value]>::is_empty));
    (empty(a) && empty(b)) || same(a, b)
}

/// Whether two values are the same user data: null and a missing member alike, at any depth.
fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a.filter(|v| !v.is_null()), b.filter(|v| !v.is_null())) {
        (None, None) => true,
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            let (a, b) = (SetMembers::of(a), SetMembers::of(b));
            a.members.len() == b.members.len() && a.members.iter().all(|(key, value)| same(Some(value), b.get(key)))
        }
        (Some(Value::Array(a)), Some(Value::Array(b))) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(Some(a), Some(b)))
        }
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// The members of an object that are not null, indexed by name: a current structure may hold any
/// number of unknown members.
struct SetMembers<'a> {
    members: Vec<(&'a str, &'a Value)>,
    index: KeyIndex<'a>,
}

impl<'a> SetMembers<'a> {
    fn of(object: &'a Object) -> Self {
        let members: Vec<(&str, &Value)> = object.iter().filter(|(_, value)| !value.is_null()).collect();
        let index = KeyIndex::new(members.iter().map(|(key, _)| *key));
        SetMembers { members, index }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.index.position(key).map(|at| self.members[at].1)
    }
}

/// A list of strings; `None` for anything else.
fn strings(value: Option<&Value>) -> Option<Vec<&str>> {
    value?.as_array()?.iter().map(Value::as_str).collect()
}

/// Whether two lists hold the same strings, in any order and number.
fn same_set(a: &[&str], b: &[&str]) -> bool {
    let (in_a, in_b) = (KeyIndex::new(a.iter().copied()), KeyIndex::new(b.iter().copied()));
    a.iter().all(|key| in_b.position(key).is_some()) && b.iter().all(|key| in_a.position(key).is_some())
}
