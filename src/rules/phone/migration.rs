//! Moving PhoneConfig fields into their channel-specific lists, as VOICE elements. Shared by
//! `legacy-phone-config` (migrate everything) and `phone-config-conflict` (move one pair).

use crate::diagnostic::{Edit, Fix};
use crate::path;
use crate::value::{Object, Value};

/// PhoneConfig fields and the channel-specific list that replaces them.
pub(crate) struct Counterpart {
    pub fields: &'static [&'static str],
    pub list: &'static str,
}

pub(crate) const COUNTERPARTS: [Counterpart; 4] = [
    Counterpart { fields: &["AutoAccept"], list: "AutoAcceptConfigs" },
    Counterpart { fields: &["AfterContactWorkTimeLimit"], list: "AfterContactWorkConfigs" },
    Counterpart { fields: &["PhoneType", "DeskPhoneNumber"], list: "PhoneNumberConfigs" },
    Counterpart { fields: &["PersistentConnection"], list: "PersistentConnectionConfigs" },
];

impl Counterpart {
    /// The fields of this pair that `phone_config` sets.
    pub fn set_fields<'a>(&self, phone_config: &'a Object) -> impl Iterator<Item = &'static str> + 'a {
        self.fields.iter().copied().filter(|field| crate::rules::is_set(phone_config, field))
    }

    /// The VOICE element carrying this pair's PhoneConfig fields, or `None` when none is set.
    /// A PhoneConfig without PhoneType means SOFT_PHONE, the service's default. A null field is
    /// not set: it is not copied.
    pub fn voice_element(&self, phone_config: &Object) -> Option<Value> {
        self.set_fields(phone_config).next()?;
        let set = |name: &str| phone_config.get(name).filter(|value| !value.is_null()).cloned();
        let field = |name: &str| set(name).unwrap_or(Value::Null);
        let mut element = Object::new();
        element.insert("Channel", Value::from("VOICE"));
        match self.list {
            "AutoAcceptConfigs" => element.insert("AutoAccept", field("AutoAccept")),
            "AfterContactWorkConfigs" => {
                let mut config = Object::new();
                config.insert("AfterContactWorkTimeLimit", field("AfterContactWorkTimeLimit"));
                element.insert("AfterContactWorkConfig", Value::Object(config));
            }
            "PhoneNumberConfigs" => {
                element.insert("PhoneType", set("PhoneType").unwrap_or_else(|| Value::from("SOFT_PHONE")));
                if let Some(number) = set("DeskPhoneNumber") {
                    element.insert("PhoneNumber", number);
                }
            }
            _ => element.insert("PersistentConnection", field("PersistentConnection")),
        }
        Some(Value::Object(element))
    }
}

/// The fix that moves one pair's fields out of PhoneConfig. The fields become a VOICE element of
/// the list unless the list already has one, which then wins; PhoneConfig goes when nothing else
/// is set in it.
pub(crate) fn move_pair(request: &Object, phone_config: &Object, counterpart: &Counterpart) -> Option<Fix> {
    let list = request.get(counterpart.list)?.as_array()?;
    let mut additions = Vec::new();
    let has_voice = list.iter().any(|element| element.get("Channel").and_then(Value::as_str) == Some("VOICE"));
    if !has_voice {
        let mut merged = list.to_vec();
        merged.push(counterpart.voice_element(phone_config)?);
        additions.push(Edit::set(path![counterpart.list], merged));
    }
    let moved: Vec<&str> = counterpart.set_fields(phone_config).collect();
    let remaining = phone_config.iter().filter(|(key, value)| !moved.contains(key) && !value.is_null()).count();
    let removals: Vec<Edit> = if remaining == 0 {
        vec![Edit::remove(path!["PhoneConfig"])]
    } else {
        moved.iter().map(|field| Edit::remove(path!["PhoneConfig", *field])).collect()
    };
    additions_first(additions, removals)
}

/// The fix that replaces the whole PhoneConfig with channel-specific lists.
pub(crate) fn migrate(phone_config: &Object) -> Option<Fix> {
    let additions = COUNTERPARTS
        .iter()
        .filter_map(|counterpart| {
            let element = counterpart.voice_element(phone_config)?;
            Some(Edit::set(path![counterpart.list], vec![element]))
        })
        .collect();
    additions_first(additions, vec![Edit::remove(path!["PhoneConfig"])])
}

/// A fix whose main edit adds rather than removes: a client that applies only `fix.path` and
/// `fix.value` (and not `fix.also`) then keeps the settings instead of deleting them.
fn additions_first(additions: Vec<Edit>, removals: Vec<Edit>) -> Option<Fix> {
    let mut edits = additions.into_iter().chain(removals);
    Some(Fix { edit: edits.next()?, also: edits.collect() })
}

/// How a VOICE element of `list` looks, for help texts; a phone number shows as `+…`.
pub(crate) fn example_element(counterpart: &Counterpart, phone_config: &Object) -> Value {
    let mut redacted = phone_config.clone();
    if redacted.contains_key("DeskPhoneNumber") {
        redacted.insert("DeskPhoneNumber", Value::from("+…"));
    }
    counterpart.voice_element(&redacted).unwrap_or(Value::Null)
}
