//! `CreateUserRequest` as data: every member and nested shape of the botocore model
//! (`botocore/data/connect/2017-08-08/service-2.json`, file blob `cb5f0678`), in model order, with
//! the model's own lengths, ranges, enums, patterns, list and map sizes and sensitive flags.
//!
//! This is the one place those numbers live; rules read them from here. `tests/model.rs` checks
//! every entry against the service-model subset kept in `tests/data/`.

/// The shape a member's value must have.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    String(&'static StringShape),
    Integer(&'static IntegerShape),
    Boolean,
    Structure(&'static StructureShape),
    List(&'static ListShape),
    Map(&'static MapShape),
}

/// Whether a value may appear in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sensitivity {
    Public,
    /// Marked `sensitive` in the model.
    Sensitive,
    /// Personal data the model does not mark (the Mobile number); treated like `Sensitive`.
    Personal,
}

#[derive(Debug)]
pub struct StringShape {
    pub name: &'static str,
    pub min: Option<usize>,
    pub max: Option<usize>,
    pub enum_values: &'static [&'static str],
    /// The model's pattern, verbatim. Rules implement what it means (see each rule's docs).
    pub pattern: Option<&'static str>,
    pub sensitivity: Sensitivity,
}

impl StringShape {
    /// Whether messages must leave this value out.
    pub fn conceals_value(&self) -> bool {
        self.sensitivity != Sensitivity::Public
    }
}

#[derive(Debug)]
pub struct IntegerShape {
    pub name: &'static str,
    pub min: Option<i64>,
}

#[derive(Debug)]
pub struct Member {
    pub name: &'static str,
    pub shape: Shape,
    pub required: bool,
    /// A one-line hint from the AWS documentation, for forms and help texts.
    #[cfg(feature = "messages")]
    pub doc: &'static str,
}

/// Members are told apart by address: each is one place in the model.
impl PartialEq for Member {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

#[derive(Debug)]
pub struct StructureShape {
    pub name: &'static str,
    pub members: &'static [Member],
}

impl StructureShape {
    pub fn member(&self, name: &str) -> Option<&'static Member> {
        self.members.iter().find(|m| m.name == name)
    }
}

#[derive(Debug)]
pub struct ListShape {
    pub name: &'static str,
    pub member: Shape,
    pub min: Option<usize>,
    pub max: Option<usize>,
}

#[derive(Debug)]
pub struct MapShape {
    pub name: &'static str,
    pub key: &'static StringShape,
    pub value: &'static StringShape,
    pub min: Option<usize>,
    pub max: Option<usize>,
}

/// The enum values, as the model lists them.
pub const PHONE_TYPES: &[&str] = &["SOFT_PHONE", "DESK_PHONE"];
pub const CHANNELS: &[&str] = &["VOICE", "CHAT", "TASK", "EMAIL"];
pub const VOICE_ENHANCEMENT_MODES: &[&str] = &["VOICE_ISOLATION", "NOISE_SUPPRESSION", "NONE"];

const fn plain_string(name: &'static str) -> StringShape {
    StringShape { name, min: None, max: None, enum_values: &[], pattern: None, sensitivity: Sensitivity::Public }
}

const fn enum_string(name: &'static str, enum_values: &'static [&'static str]) -> StringShape {
    StringShape { enum_values, ..plain_string(name) }
}

pub static INSTANCE_ID: StringShape = StringShape { min: Some(1), max: Some(100), ..plain_string("InstanceId") };
pub static AGENT_USERNAME: StringShape = StringShape { min: Some(1), max: Some(100), ..plain_string("AgentUsername") };
pub static PASSWORD: StringShape = StringShape {
    pattern: Some(r"/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[a-zA-Z\d\S]{8,64}$/"),
    sensitivity: Sensitivity::Sensitive,
    ..plain_string("Password")
};
pub static AGENT_FIRST_NAME: StringShape =
    StringShape { min: Some(0), max: Some(255), sensitivity: Sensitivity::Sensitive, ..plain_string("AgentFirstName") };
pub static AGENT_LAST_NAME: StringShape =
    StringShape { min: Some(0), max: Some(300), sensitivity: Sensitivity::Sensitive, ..plain_string("AgentLastName") };
pub static EMAIL: StringShape = StringShape { sensitivity: Sensitivity::Sensitive, ..plain_string("Email") };
/// The Mobile shape. Its pattern is double-escaped in the model and matches no real number.
pub static PHONE_NUMBER: StringShape = StringShape {
    pattern: Some(r"\\+[1-9]\\d{1,14}$"),
    sensitivity: Sensitivity::Personal,
    ..plain_string("PhoneNumber")
};
pub static SENSITIVE_PHONE_NUMBER: StringShape = StringShape {
    pattern: Some(r"\+[1-9]\d{1,14}$"),
    sensitivity: Sensitivity::Sensitive,
    ..plain_string("SensitivePhoneNumber")
};
pub static PHONE_TYPE: StringShape = enum_string("PhoneType", PHONE_TYPES);
pub static CHANNEL: StringShape = enum_string("Channel", CHANNELS);
pub static VOICE_ENHANCEMENT_MODE: StringShape = enum_string("VoiceEnhancementMode", VOICE_ENHANCEMENT_MODES);
pub static DIRECTORY_USER_ID: StringShape = plain_string("DirectoryUserId");
pub static SECURITY_PROFILE_ID: StringShape = plain_string("SecurityProfileId");
pub static ROUTING_PROFILE_ID: StringShape = plain_string("RoutingProfileId");
pub static HIERARCHY_GROUP_ID: StringShape = plain_string("HierarchyGroupId");
pub static USER_ID: StringShape = plain_string("UserId");
pub static ARN: StringShape = plain_string("ARN");
pub static TAG_KEY: StringShape = StringShape {
    min: Some(1),
    max: Some(128),
    pattern: Some(r"^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]*$"),
    ..plain_string("TagKey")
};
pub static TAG_VALUE: StringShape = StringShape { max: Some(256), ..plain_string("TagValue") };

pub static AFTER_CONTACT_WORK_TIME_LIMIT: IntegerShape =
    IntegerShape { name: "AfterContactWorkTimeLimit", min: Some(0) };

#[cfg_attr(not(feature = "messages"), allow(unused_variables))]
const fn member(name: &'static str, shape: Shape, doc: &'static str) -> Member {
    Member {
        name,
        shape,
        required: false,
        #[cfg(feature = "messages")]
        doc,
    }
}

const fn required(name: &'static str, shape: Shape, doc: &'static str) -> Member {
    Member { required: true, ..member(name, shape, doc) }
}

const ACW_DOC: &str = "The after contact work (ACW) timeout in seconds: 0 for indefinite, otherwise up to 2,000,000.";

pub static USER_IDENTITY_INFO: StructureShape = StructureShape {
    name: "UserIdentityInfo",
    members: &[
        member(
            "FirstName",
            Shape::String(&AGENT_FIRST_NAME),
            "The first name, in Unicode NFC. Required with CONNECT_MANAGED or SAML identity management.",
        ),
        member(
            "LastName",
            Shape::String(&AGENT_LAST_NAME),
            "The last name, in Unicode NFC. Required with CONNECT_MANAGED or SAML identity management.",
        ),
        member(
            "Email",
            Shape::String(&EMAIL),
            "The email address. With SAML identity management, including it returns an error.",
        ),
        member(
            "SecondaryEmail",
            Shape::String(&EMAIL),
            "The secondary email address; it receives notifications other than password resets.",
        ),
        member("Mobile", Shape::String(&PHONE_NUMBER), "The mobile number in E.164 form, such as +15555551212."),
    ],
};

pub static USER_PHONE_CONFIG: StructureShape = StructureShape {
    name: "UserPhoneConfig",
    members: &[
        member("PhoneType", Shape::String(&PHONE_TYPE), "The phone type: SOFT_PHONE or DESK_PHONE."),
        member("AutoAccept", Shape::Boolean, "Whether contacts are connected without the agent accepting them."),
        member("AfterContactWorkTimeLimit", Shape::Integer(&AFTER_CONTACT_WORK_TIME_LIMIT), ACW_DOC),
        member(
            "DeskPhoneNumber",
            Shape::String(&SENSITIVE_PHONE_NUMBER),
            "The desk phone number in E.164 form; needed with DESK_PHONE.",
        ),
        member("PersistentConnection", Shape::Boolean, "Whether the agent's connection stays open after a call ends."),
    ],
};

pub static AUTO_ACCEPT_CONFIG: StructureShape = StructureShape {
    name: "AutoAcceptConfig",
    members: &[
        required("Channel", Shape::String(&CHANNEL), "The channel: VOICE, CHAT, TASK or EMAIL."),
        required("AutoAccept", Shape::Boolean, "Whether contacts on this channel are connected automatically."),
        member("AgentFirstCallbackAutoAccept", Shape::Boolean, "Auto-accept for agent-first callbacks; VOICE only."),
    ],
};

pub static AFTER_CONTACT_WORK_CONFIG: StructureShape = StructureShape {
    name: "AfterContactWorkConfig",
    members: &[member("AfterContactWorkTimeLimit", Shape::Integer(&AFTER_CONTACT_WORK_TIME_LIMIT), ACW_DOC)],
};

pub static AFTER_CONTACT_WORK_CONFIG_PER_CHANNEL: StructureShape = StructureShape {
    name: "AfterContactWorkConfigPerChannel",
    members: &[
        required("Channel", Shape::String(&CHANNEL), "The channel: VOICE, CHAT, TASK or EMAIL."),
        required(
            "AfterContactWorkConfig",
            Shape::Structure(&AFTER_CONTACT_WORK_CONFIG),
            "The ACW timeout settings for this channel.",
        ),
        member(
            "AgentFirstCallbackAfterContactWorkConfig",
            Shape::Structure(&AFTER_CONTACT_WORK_CONFIG),
            "The ACW timeout for agent-first callbacks; VOICE only.",
        ),
    ],
};

pub static PHONE_NUMBER_CONFIG: StructureShape = StructureShape {
    name: "PhoneNumberConfig",
    members: &[
        required("Channel", Shape::String(&CHANNEL), "The channel; only VOICE is supported."),
        required("PhoneType", Shape::String(&PHONE_TYPE), "The phone type: SOFT_PHONE or DESK_PHONE."),
        member("PhoneNumber", Shape::String(&SENSITIVE_PHONE_NUMBER), "The desk phone number in E.164 form."),
    ],
};

pub static PERSISTENT_CONNECTION_CONFIG: StructureShape = StructureShape {
    name: "PersistentConnectionConfig",
    members: &[
        required("Channel", Shape::String(&CHANNEL), "The channel; only VOICE is supported."),
        required(
            "PersistentConnection",
            Shape::Boolean,
            "Whether the agent's connection stays open after a call ends.",
        ),
    ],
};

pub static VOICE_ENHANCEMENT_CONFIG: StructureShape = StructureShape {
    name: "VoiceEnhancementConfig",
    members: &[
        required("Channel", Shape::String(&CHANNEL), "The channel; only VOICE is supported."),
        required(
            "VoiceEnhancementMode",
            Shape::String(&VOICE_ENHANCEMENT_MODE),
            "VOICE_ISOLATION, NOISE_SUPPRESSION or NONE.",
        ),
    ],
};

const fn config_list(name: &'static str, member: &'static StructureShape) -> ListShape {
    ListShape { name, member: Shape::Structure(member), min: None, max: None }
}

pub static SECURITY_PROFILE_IDS: ListShape =
    ListShape { name: "SecurityProfileIds", member: Shape::String(&SECURITY_PROFILE_ID), min: Some(1), max: Some(10) };
pub static AUTO_ACCEPT_CONFIGS: ListShape = config_list("AutoAcceptConfigs", &AUTO_ACCEPT_CONFIG);
pub static AFTER_CONTACT_WORK_CONFIGS: ListShape =
    config_list("AfterContactWorkConfigs", &AFTER_CONTACT_WORK_CONFIG_PER_CHANNEL);
pub static PHONE_NUMBER_CONFIGS: ListShape = config_list("PhoneNumberConfigs", &PHONE_NUMBER_CONFIG);
pub static PERSISTENT_CONNECTION_CONFIGS: ListShape =
    config_list("PersistentConnectionConfigs", &PERSISTENT_CONNECTION_CONFIG);
pub static VOICE_ENHANCEMENT_CONFIGS: ListShape = config_list("VoiceEnhancementConfigs", &VOICE_ENHANCEMENT_CONFIG);

pub static TAG_MAP: MapShape =
    MapShape { name: "TagMap", key: &TAG_KEY, value: &TAG_VALUE, min: Some(1), max: Some(50) };
pub static TAG_KEY_LIST: ListShape =
    ListShape { name: "TagKeyList", member: Shape::String(&TAG_KEY), min: Some(1), max: Some(50) };

/// `CreateUserRequest`, members in model order.
pub static CREATE_USER_REQUEST: StructureShape = StructureShape {
    name: "CreateUserRequest",
    members: &[
        required("Username", Shape::String(&AGENT_USERNAME), "The user name: up to 20 characters, or 64 with SAML; it may contain @ only in email form."),
        member("Password", Shape::String(&PASSWORD), "Required with CONNECT_MANAGED identity management and an error otherwise: 8–64 characters with upper case, lower case and a digit."),
        member("IdentityInfo", Shape::Structure(&USER_IDENTITY_INFO), "The information about the identity of the user."),
        member("PhoneConfig", Shape::Structure(&USER_PHONE_CONFIG), "The legacy phone settings; AWS recommends the channel-specific lists instead."),
        member("DirectoryUserId", Shape::String(&DIRECTORY_USER_ID), "The user's identifier in an existing directory, when Connect cannot access the directory. An error with SAML."),
        required("SecurityProfileIds", Shape::List(&SECURITY_PROFILE_IDS), "The IDs of 1 to 10 security profiles for the user."),
        required("RoutingProfileId", Shape::String(&ROUTING_PROFILE_ID), "The ID of the routing profile for the user."),
        member("HierarchyGroupId", Shape::String(&HIERARCHY_GROUP_ID), "The ID of the hierarchy group for the user."),
        required("InstanceId", Shape::String(&INSTANCE_ID), "The Amazon Connect instance ID; you can find it in the instance ARN."),
        member("AutoAcceptConfigs", Shape::List(&AUTO_ACCEPT_CONFIGS), "Auto-accept settings, one per channel."),
        member("AfterContactWorkConfigs", Shape::List(&AFTER_CONTACT_WORK_CONFIGS), "After contact work timeouts, one per channel."),
        member("PhoneNumberConfigs", Shape::List(&PHONE_NUMBER_CONFIGS), "Phone type and desk phone number; VOICE only."),
        member("PersistentConnectionConfigs", Shape::List(&PERSISTENT_CONNECTION_CONFIGS), "Persistent connection settings; VOICE only."),
        member("VoiceEnhancementConfigs", Shape::List(&VOICE_ENHANCEMENT_CONFIGS), "Voice enhancement modes; VOICE only."),
        member("Tags", Shape::Map(&TAG_MAP), "1 to 50 tags, such as {\"Department\": \"Support\"}."),
    ],
};

// The update operations' inputs (`connect-user-operations-shapes.json`), members in model order.
// Each takes the user by `UserId` and `InstanceId`, both in the URI.

const USER_ID_DOC: &str = "The ID of the user: the Id that describe-user or list-users prints.";
const INSTANCE_ID_DOC: &str = "The Amazon Connect instance ID; you can find it in the instance ARN.";

pub static UPDATE_USER_IDENTITY_INFO_REQUEST: StructureShape = StructureShape {
    name: "UpdateUserIdentityInfoRequest",
    members: &[
        required("IdentityInfo", Shape::Structure(&USER_IDENTITY_INFO), "The identity information for the user."),
        required("UserId", Shape::String(&USER_ID), USER_ID_DOC),
        required("InstanceId", Shape::String(&INSTANCE_ID), INSTANCE_ID_DOC),
    ],
};

pub static UPDATE_USER_PHONE_CONFIG_REQUEST: StructureShape = StructureShape {
    name: "UpdateUserPhoneConfigRequest",
    members: &[
        required(
            "PhoneConfig",
            Shape::Structure(&USER_PHONE_CONFIG),
            "The phone settings; AWS recommends UpdateUserConfig instead.",
        ),
        required("UserId", Shape::String(&USER_ID), USER_ID_DOC),
        required("InstanceId", Shape::String(&INSTANCE_ID), INSTANCE_ID_DOC),
    ],
};

pub static UPDATE_USER_CONFIG_REQUEST: StructureShape = StructureShape {
    name: "UpdateUserConfigRequest",
    members: &[
        member("AutoAcceptConfigs", Shape::List(&AUTO_ACCEPT_CONFIGS), "Auto-accept settings, one per channel."),
        member(
            "AfterContactWorkConfigs",
            Shape::List(&AFTER_CONTACT_WORK_CONFIGS),
            "After contact work timeouts, one per channel.",
        ),
        member(
            "PhoneNumberConfigs",
            Shape::List(&PHONE_NUMBER_CONFIGS),
            "Phone type and desk phone number; VOICE only.",
        ),
        member(
            "PersistentConnectionConfigs",
            Shape::List(&PERSISTENT_CONNECTION_CONFIGS),
            "Persistent connection settings; VOICE only.",
        ),
        member(
            "VoiceEnhancementConfigs",
            Shape::List(&VOICE_ENHANCEMENT_CONFIGS),
            "Voice enhancement modes; VOICE only.",
        ),
        required("UserId", Shape::String(&USER_ID), USER_ID_DOC),
        required("InstanceId", Shape::String(&INSTANCE_ID), INSTANCE_ID_DOC),
    ],
};

pub static UPDATE_USER_SECURITY_PROFILES_REQUEST: StructureShape = StructureShape {
    name: "UpdateUserSecurityProfilesRequest",
    members: &[
        required(
            "SecurityProfileIds",
            Shape::List(&SECURITY_PROFILE_IDS),
            "The IDs of 1 to 10 security profiles; they replace the user's.",
        ),
        required("UserId", Shape::String(&USER_ID), USER_ID_DOC),
        required("InstanceId", Shape::String(&INSTANCE_ID), INSTANCE_ID_DOC),
    ],
};

pub static UPDATE_USER_ROUTING_PROFILE_REQUEST: StructureShape = StructureShape {
    name: "UpdateUserRoutingProfileRequest",
    members: &[
        required("RoutingProfileId", Shape::String(&ROUTING_PROFILE_ID), "The ID of the routing profile for the user."),
        required("UserId", Shape::String(&USER_ID), USER_ID_DOC),
        required("InstanceId", Shape::String(&INSTANCE_ID), INSTANCE_ID_DOC),
    ],
};

pub static UPDATE_USER_HIERARCHY_REQUEST: StructureShape = StructureShape {
    name: "UpdateUserHierarchyRequest",
    members: &[
        member("HierarchyGroupId", Shape::String(&HIERARCHY_GROUP_ID), "The ID of the hierarchy group for the user."),
        required("UserId", Shape::String(&USER_ID), USER_ID_DOC),
        required("InstanceId", Shape::String(&INSTANCE_ID), INSTANCE_ID_DOC),
    ],
};

const RESOURCE_ARN_DOC: &str =
    "The user's ARN: arn:aws:connect:REGION:ACCOUNT:instance/INSTANCE_ID/agent/USER_ID, as describe-user prints it.";

pub static TAG_RESOURCE_REQUEST: StructureShape = StructureShape {
    name: "TagResourceRequest",
    members: &[
        required("resourceArn", Shape::String(&ARN), RESOURCE_ARN_DOC),
        required(
            "tags",
            Shape::Map(&TAG_MAP),
            "1 to 50 tags to add or overwrite, such as {\"Department\": \"Support\"}.",
        ),
    ],
};

pub static UNTAG_RESOURCE_REQUEST: StructureShape = StructureShape {
    name: "UntagResourceRequest",
    members: &[
        required("resourceArn", Shape::String(&ARN), RESOURCE_ARN_DOC),
        required("tagKeys", Shape::List(&TAG_KEY_LIST), "The keys of 1 to 50 tags to remove."),
    ],
};

// Limits the documentation gives beyond the model's shapes.

/// The after contact work limit (the model sets only the minimum, 0).
pub const MAX_AFTER_CONTACT_WORK_SECONDS: i64 = 2_000_000;
/// Username characters with Connect-managed (or directory) identity management.
pub const MAX_USERNAME_CHARS: usize = 20;
/// Username characters with SAML identity management.
pub const MAX_SAML_USERNAME_CHARS: usize = 64;
/// FirstName and LastName characters with CONNECT_MANAGED, beside the shapes whose ranges are
/// SAML's. FirstName's limit equals its shape's maximum today; it stays for when the shape grows.
pub static CONNECT_MANAGED_NAME_LIMITS: [(&str, usize, &StringShape); 2] =
    [("FirstName", 255, &AGENT_FIRST_NAME), ("LastName", 256, &AGENT_LAST_NAME)];
/// SecondaryEmail characters: its documented pattern starts `(?=^.{0,265}$)`.
pub const MAX_SECONDARY_EMAIL_CHARS: usize = 265;

/// Every member of every structure in every operation's input, each structure once, depth first in
/// model order: the package's catalogue lists their names and documentation in this order.
pub fn members() -> &'static [&'static Member] {
    static MEMBERS: std::sync::LazyLock<Vec<&'static Member>> = std::sync::LazyLock::new(walk_members);
    &MEMBERS
}

fn walk_members() -> Vec<&'static Member> {
    fn visit(shape: Shape, seen: &mut Vec<*const StructureShape>, out: &mut Vec<&'static Member>) {
        match shape {
            Shape::Structure(structure) if !seen.contains(&(structure as *const _)) => {
                seen.push(structure);
                for member in structure.members {
                    out.push(member);
                    visit(member.shape, seen, out);
                }
            }
            Shape::List(list) => visit(list.member, seen, out),
            _ => {}
        }
    }
    let (mut out, mut seen) = (Vec::new(), Vec::new());
    for operation in crate::operation::Operation::ALL {
        visit(Shape::Structure(operation.input()), &mut seen, &mut out);
    }
    out
}

/// The position of a top-level member of `input` in model order; unknown members sort after all
/// of them.
pub fn member_rank(input: &StructureShape, name: &str) -> usize {
    input.members.iter().position(|m| m.name == name).unwrap_or(input.members.len())
}

/// Whether values of `shape` can hold personal data: a sensitive or personal string anywhere inside.
pub fn holds_personal_data(shape: Shape) -> bool {
    match shape {
        Shape::String(string) => string.conceals_value(),
        Shape::Structure(structure) => structure.members.iter().any(|member| holds_personal_data(member.shape)),
        Shape::List(list) => holds_personal_data(list.member),
        Shape::Map(map) => map.key.conceals_value() || map.value.conceals_value(),
        Shape::Integer(_) | Shape::Boolean => false,
    }
}

/// An operation's input shapes as JSON, for building forms: each member with its name, whether it
/// is required, its documentation hint, its CLI option (top level) and its shape's constraints.
#[cfg(feature = "messages")]
pub fn describe(operation: crate::operation::Operation) -> crate::value::Value {
    use crate::value::{Object, Value};
    let input = operation.input();
    let mut object = Object::new();
    object.insert("operation", Value::from(operation.name()));
    object.insert("cliCommand", Value::from(operation.cli_command()));
    object.insert("type", Value::from("structure"));
    object.insert("name", Value::from(input.name));
    object.insert("members", describe_members(input, true));
    Value::Object(object)
}

#[cfg(feature = "messages")]
fn describe_shape(shape: Shape) -> crate::value::Value {
    use crate::value::{Object, Value};
    let mut object = Object::new();
    match shape {
        Shape::String(string) => {
            object.insert("type", Value::from("string"));
            object.insert("name", Value::from(string.name));
            insert_limits(&mut object, string.min, string.max);
            if !string.enum_values.is_empty() {
                object.insert("enum", Value::Array(string.enum_values.iter().map(|v| Value::from(*v)).collect()));
            }
            if string.conceals_value() {
                object.insert("sensitive", Value::Bool(true));
            }
        }
        Shape::Integer(integer) => {
            object.insert("type", Value::from("integer"));
            if let Some(min) = integer.min {
                object.insert("min", Value::from(min));
            }
        }
        Shape::Boolean => object.insert("type", Value::from("boolean")),
        Shape::Structure(structure) => {
            object.insert("type", Value::from("structure"));
            object.insert("name", Value::from(structure.name));
            object.insert("members", describe_members(structure, false));
        }
        Shape::List(list) => {
            object.insert("type", Value::from("list"));
            insert_limits(&mut object, list.min, list.max);
            object.insert("member", describe_shape(list.member));
        }
        Shape::Map(map) => {
            object.insert("type", Value::from("map"));
            insert_limits(&mut object, map.min, map.max);
            object.insert("key", describe_shape(Shape::String(map.key)));
            object.insert("value", describe_shape(Shape::String(map.value)));
        }
    }
    Value::Object(object)
}

/// Each member of `structure` with its name, whether it is required, its documentation hint, its
/// CLI option (`top_level` only) and its shape.
#[cfg(feature = "messages")]
fn describe_members(structure: &StructureShape, top_level: bool) -> crate::value::Value {
    use crate::value::{Object, Value};
    let members = structure.members.iter().map(|member| {
        let mut described = Object::new();
        described.insert("name", Value::from(member.name));
        described.insert("required", Value::Bool(member.required));
        described.insert("doc", Value::from(member.doc));
        if top_level {
            described.insert("cliOption", Value::from(crate::syntax::options::option_name(member.name)));
        }
        described.insert("shape", describe_shape(member.shape));
        Value::Object(described)
    });
    Value::Array(members.collect())
}

#[cfg(feature = "messages")]
fn insert_limits(object: &mut crate::value::Object, min: Option<usize>, max: Option<usize>) {
    for (name, limit) in [("min", min), ("max", max)] {
        if let Some(limit) = limit {
            object.insert(name, crate::value::Value::from(limit as i64));
        }
    }
}
