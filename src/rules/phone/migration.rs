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
    /// A PhoneConfig without PhoneType means SOFT_PHONE, the service's default.
    pub fn voice_element(&self, phone_config: &Object) -> Option<Value> {
        self.set_fields(phone_config).next()?;
        let field = |name: &str| phone_config.get(name).cloned().unwrap_or(Value::Null);
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
                let phone_type = phone_config.get("PhoneType").cloned().unwrap_or_else(|| Value::from("SOFT_PHONE"));
                element.insert("PhoneType", phone_type);
                if let Some(number) = phone_config.get("DeskPhoneNumber") {
                    element.insert("PhoneNumber", number.clone());
                }
            }
            _ => element.insert("PersistentConnection", field("PersistentConnection")),
        }
        Some(Value::Object(element))
    }
}

/// The fix that moves one pair's fields out of PhoneConfig. The fields become a VOICE element of
/// the list unless the list already has one, which then wins; PhoneConfig goes when it empties.
pub(crate) fn move_pair(request: &Object, phone_config: &Object, counterpart: &Counterpart) -> Option<Fix> {
    let list = request.get(counterpart.list)?.as_array()?;
    let moved: Vec<&str> = counterpart.set_fields(phone_config).collect();
    let remaining = phone_config.iter().filter(|(key, _)| !moved.contains(key)).count();
    let mut edits: Vec<Edit> = if remaining == 0 {
        vec![Edit::remove(path!["PhoneConfig"])]
    } else {
        moved.iter().map(|field| Edit::remove(path!["PhoneConfig", *field])).collect()
    };
    let has_voice = list.iter().any(|element| element.get("Channel").and_then(Value::as_str) == Some("VOICE"));
    if !has_voice {
        let mut merged = list.to_vec();
        merged.push(counterpart.voice_element(phone_config)?);
        edits.push(Edit::set(path![counterpart.list], merged));
    }
    let mut edits = edits.into_iter();
    Some(Fix { edit: edits.next()?, also: edits.collect() })
}

/// The fix that replaces the whole PhoneConfig with channel-specific lists.
pub(crate) fn migrate(phone_config: &Object) -> Fix {
    let also = COUNTERPARTS
        .iter()
        .filter_map(|counterpart| {
            let element = counterpart.voice_element(phone_config)?;
            Some(Edit::set(path![counterpart.list], vec![element]))
        })
        .collect();
    Fix { edit: Edit::remove(path!["PhoneConfig"]), also }
}

/// How a VOICE element of `list` looks, for help texts; a phone number shows as `+…`.
pub(crate) fn example_element(counterpart: &Counterpart, phone_config: &Object) -> String {
    let mut redacted = phone_config.clone();
    if redacted.contains_key("DeskPhoneNumber") {
        redacted.insert("DeskPhoneNumber", Value::from("+…"));
    }
    counterpart
        .voice_element(&redacted)
        .map(|element| crate::syntax::json::to_string(&element, None))
        .unwrap_or_default()
}
