//! Rules about phone settings: the legacy PhoneConfig, the channel-specific lists, and how they
//! conflict.

pub(crate) mod acw_range;
pub(crate) mod agent_first_callback_voice_only;
pub(crate) mod desk_phone_number_required;
pub(crate) mod duplicate_channel;
pub(crate) mod legacy_phone_config;
pub(crate) mod migration;
pub(crate) mod phone_config_conflict;
pub(crate) mod phone_number_format;
pub(crate) mod phone_number_unused;
pub(crate) mod voice_only;

/// The five channel-specific lists.
pub(crate) const CHANNEL_LISTS: [&str; 5] = [
    "AutoAcceptConfigs",
    "AfterContactWorkConfigs",
    "PhoneNumberConfigs",
    "PersistentConnectionConfigs",
    "VoiceEnhancementConfigs",
];

use crate::path::Path;
use crate::rules::{elements, object, string};
use crate::value::{Object, Value};

/// A phone type with its desk phone number: PhoneConfig's, or a PhoneNumberConfigs element's.
pub(crate) struct PhoneSetting<'a> {
    pub owner: &'a Object,
    /// The PhoneNumberConfigs index; `None` for PhoneConfig.
    index: Option<usize>,
    pub number_member: &'static str,
}

impl<'a> PhoneSetting<'a> {
    /// The phone type, when it is a string.
    pub fn phone_type(&self) -> Option<&'a str> {
        string(self.owner, "PhoneType")
    }

    pub fn number(&self) -> Option<&'a Value> {
        self.owner.get(self.number_member).filter(|v| !v.is_null())
    }

    /// Where the setting lives: `["PhoneConfig"]` or `["PhoneNumberConfigs", i]`. Built only for
    /// a diagnostic, so that valid requests allocate no paths.
    fn at(&self) -> Path {
        match self.index {
            Some(index) => Path::root().join("PhoneNumberConfigs").join(index),
            None => Path::root().join("PhoneConfig"),
        }
    }

    pub fn type_path(&self) -> Path {
        self.at().join("PhoneType")
    }

    pub fn number_path(&self) -> Path {
        self.at().join(self.number_member)
    }
}

pub(crate) fn phone_settings(request: &Object) -> impl Iterator<Item = PhoneSetting<'_>> {
    let legacy = object(request, "PhoneConfig").map(|owner| PhoneSetting {
        owner,
        index: None,
        number_member: "DeskPhoneNumber",
    });
    let per_channel = elements(request, "PhoneNumberConfigs").map(|(index, owner)| PhoneSetting {
        owner,
        index: Some(index),
        number_member: "PhoneNumber",
    });
    legacy.into_iter().chain(per_channel)
}
