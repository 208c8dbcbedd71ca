//! The rule catalogue. Each rule is one module holding its code, its documentation and its check;
//! this registry lists them in catalogue order and runs them.

use crate::diagnostic::{Diagnostic, Fix, Severity, Template};
use crate::operation::Operation;
use crate::options::{IdentityType, Options};
use crate::path::Path;
use crate::value::{Object, Value};

/// A [`RuleDoc`], written with every field; the text fields stay out of builds without messages.
macro_rules! rule_doc {
    {
        code: $code:expr,
        severity: $severity:expr,
        title: $title:expr,
        summary: $summary:expr,
        explanation: $explanation:expr $(,)?
    } => {
        $crate::rules::RuleDoc {
            code: $code,
            severity: $severity,
            #[cfg(feature = "messages")]
            title: $title,
            #[cfg(feature = "messages")]
            summary: $summary,
            #[cfg(feature = "messages")]
            explanation: $explanation,
        }
    };
}

pub(crate) mod command;
mod identity;
pub(crate) mod ids;
pub(crate) mod model;
mod patterns;
mod phone;
pub(crate) mod plan;
mod tags;
pub(crate) mod update;

pub(crate) use phone::{migration, CHANNEL_LISTS};

/// A rule's documentation, as `explain(code)` returns it. Builds without the `messages` feature
/// (the npm package's .wasm) keep only the code and severity; the package's catalogue has the rest.
#[derive(Debug)]
pub struct RuleDoc {
    /// The stable diagnostic code.
    pub code: &'static str,
    /// The usual severity; the explanation says when a diagnostic has another one.
    pub severity: Severity,
    #[cfg(feature = "messages")]
    pub title: &'static str,
    /// One sentence.
    #[cfg(feature = "messages")]
    pub summary: &'static str,
    /// Markdown with the sections What it checks / Why / Example / Fix / Source.
    #[cfg(feature = "messages")]
    pub explanation: &'static str,
}

#[cfg(feature = "messages")]
impl RuleDoc {
    /// The documentation as the JSON object of the JavaScript API.
    pub fn to_value(&self) -> Value {
        let mut object = Object::new();
        object.insert("code", Value::from(self.code));
        object.insert("severity", Value::from(self.severity.as_str()));
        object.insert("title", Value::from(self.title));
        object.insert("summary", Value::from(self.summary));
        object.insert("explanation", Value::from(self.explanation));
        Value::Object(object)
    }
}

/// How a rule is checked.
#[derive(Clone, Copy)]
pub(crate) enum Check {
    /// Reported while walking the request against the model (`model::walk`).
    ModelWalk,
    /// Depends on the request only.
    Request(fn(&Context, &mut Vec<Diagnostic>)),
    /// Depends on the identity-management type too; `identity-type-inferred` runs these under
    /// every type when the type is not given.
    Identity(fn(&Context, &mut Vec<Diagnostic>)),
    /// Reported while reading a pasted command (`syntax::command`), not by validation.
    Command,
    /// Reported by the update plan (`plan::plan_user_update`) about its two users, not by
    /// validation.
    Plan,
}

/// Where a rule applies: a rule about a member applies in every operation that carries it.
#[derive(Clone, Copy)]
pub(crate) enum Scope {
    /// Every operation: the check reads whatever members the request has.
    Every,
    /// The operations whose input has all these top-level members.
    Members(&'static [&'static str]),
    /// One operation, whose documentation the rule comes from.
    Operation(Operation),
}

impl Scope {
    fn includes(self, operation: Operation) -> bool {
        match self {
            Scope::Every => true,
            Scope::Members(members) => operation.carries(members),
            Scope::Operation(only) => only == operation,
        }
    }
}

/// Computes the fix of a diagnostic that its rule marked fixable, from the request it is about.
pub(crate) type FixFn = fn(&Diagnostic, &Value) -> Option<Fix>;

/// A rule: its documentation, its message and help templates, its check and its fix.
pub struct Rule {
    pub doc: RuleDoc,
    /// Every message template the rule's diagnostics use, in a stable order (the package's
    /// catalogue refers to them by position).
    pub messages: &'static [&'static Template],
    /// Every help template, likewise.
    pub helps: &'static [&'static Template],
    pub(crate) check: Check,
    /// The operations whose requests the check runs on.
    pub(crate) scope: Scope,
    pub(crate) fix: Option<FixFn>,
}

impl Rule {
    /// Whether the rule checks requests of `operation`.
    pub fn applies_to(&self, operation: Operation) -> bool {
        !matches!(self.check, Check::Command | Check::Plan) && self.scope.includes(operation)
    }

    /// The operations whose requests the rule checks, in `Operation::ALL` order; none for the rules
    /// of pasted commands and of update plans.
    pub fn operations(&self) -> impl Iterator<Item = Operation> + '_ {
        Operation::ALL.into_iter().filter(|operation| self.applies_to(*operation))
    }

    /// A diagnostic of this rule with its usual severity.
    pub(crate) fn report(&'static self, path: Path, message: &'static Template) -> Diagnostic {
        Diagnostic::new(self, path, message)
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.doc.code)
    }
}

/// What a check sees: the request object and the options.
pub(crate) struct Context<'a> {
    pub request: &'a Object,
    pub operation: Operation,
    pub identity: Option<IdentityType>,
}

/// Every rule, in catalogue order: the order of `rules.md`, then the codes of pasted commands.
pub static RULES: &[&Rule] = &[
    &model::required::RULE,
    &model::type_mismatch::RULE,
    &model::unknown_member::RULE,
    &model::length::RULE,
    &model::enum_value::RULE,
    &model::range::RULE,
    &model::list_length::RULE,
    &identity::username_length::RULE,
    &identity::username_characters::RULE,
    &identity::username_at_sign::RULE,
    &identity::password_required::RULE,
    &identity::password_not_allowed::RULE,
    &identity::password_policy::RULE,
    &identity::name_required::RULE,
    &identity::name_length::RULE,
    &identity::name_not_nfc::RULE,
    &identity::email_required::RULE,
    &identity::email_not_allowed::RULE,
    &identity::email_format::RULE,
    &identity::mobile_format::RULE,
    &identity::directory_user_id_not_allowed::RULE,
    &identity::identity_type_inferred::RULE,
    &phone::phone_config_conflict::RULE,
    &phone::voice_only::RULE,
    &phone::agent_first_callback_voice_only::RULE,
    &phone::duplicate_channel::RULE,
    &phone::desk_phone_number_required::RULE,
    &phone::phone_number_unused::RULE,
    &phone::phone_number_format::RULE,
    &phone::acw_range::RULE,
    &phone::legacy_phone_config::RULE,
    &ids::arn_instead_of_id::RULE,
    &ids::id_format::RULE,
    &ids::duplicate_security_profile::RULE,
    &tags::tag_key_reserved::RULE,
    &tags::tag_key_characters::RULE,
    &update::phone_config_superseded::RULE,
    &update::email_change::RULE,
    &update::directory_managed_identity::RULE,
    &update::empty_update::RULE,
    &update::hierarchy_group_cleared::RULE,
    &update::resource_arn::RULE,
    &plan::plan_input::RULE,
    &plan::plan_no_user_id::RULE,
    &plan::plan_user_arn::RULE,
    &plan::plan_unchangeable::RULE,
    &plan::plan_password::RULE,
    &plan::plan_unknown_member::RULE,
    &plan::plan_cannot_clear::RULE,
    &plan::plan_clear_undocumented::RULE,
    &plan::plan_absent_kept::RULE,
    &command::cli_not_create_user::RULE,
    &command::cli_shell_syntax::RULE,
    &command::cli_variable::RULE,
    &command::cli_command_substitution::RULE,
    &command::cli_file_reference::RULE,
    &command::cli_unknown_option::RULE,
    &command::cli_ambiguous_option::RULE,
    &command::cli_global_option::RULE,
    &command::cli_missing_value::RULE,
    &command::cli_syntax::RULE,
    &command::cli_type_conversion::RULE,
    &command::cli_skeleton::RULE,
    &command::cli_no_request::RULE,
    &command::cli_global_option_value::RULE,
    &command::cli_brace_expansion::RULE,
    &command::cli_glob::RULE,
    &command::cli_history_expansion::RULE,
    &command::cli_nul_character::RULE,
    &command::cli_redirection::RULE,
];

/// The documentation of the rule with this code.
pub fn explain(code: &str) -> Option<&'static RuleDoc> {
    RULES.iter().find(|rule| rule.doc.code == code).map(|rule| &rule.doc)
}

/// The whole catalogue, in a stable order.
pub fn rules() -> impl Iterator<Item = &'static RuleDoc> {
    RULES.iter().map(|rule| &rule.doc)
}

/// Runs every rule of the options' operation on `request`; diagnostics come out grouped by
/// top-level member in model order.
pub(crate) fn check(request: &Value, options: &Options) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let input = options.operation.input();
    model::walk(input, request, &mut out);
    if let Value::Object(object) = request {
        let context = Context { request: object, operation: options.operation, identity: options.identity_type };
        for rule in RULES.iter().filter(|rule| rule.applies_to(options.operation)) {
            match rule.check {
                Check::ModelWalk | Check::Command | Check::Plan => {}
                Check::Request(check) | Check::Identity(check) => check(&context, &mut out),
            }
        }
    }
    let rank = |d: &Diagnostic| d.path.top_member().map_or(0, |name| 1 + crate::model::member_rank(input, name));
    if out.is_sorted_by_key(rank) {
        return out;
    }
    // A stable sort by a rank of at most a few dozen values: one pass per rank keeps it linear,
    // and the .wasm needs no general sort.
    let ranks: Vec<usize> = out.iter().map(rank).collect();
    let mut unsorted: Vec<Option<Diagnostic>> = out.into_iter().map(Some).collect();
    let mut sorted = Vec::with_capacity(unsorted.len());
    for wanted in 0..=ranks.iter().copied().max().unwrap_or_default() {
        for (slot, _) in unsorted.iter_mut().zip(&ranks).filter(|(_, rank)| **rank == wanted) {
            sorted.extend(slot.take());
        }
    }
    sorted
}

/// Whether `value` has no model-level problem as a value of `shape`.
pub(crate) fn conforms(shape: crate::model::Shape, value: &Value) -> bool {
    let mut out = Vec::new();
    model::walk_shape(shape, value, &mut out);
    out.is_empty()
}

/// The identity-dependent rules' errors for a request of `operation` under `identity`.
pub(crate) fn identity_errors(request: &Object, operation: Operation, identity: IdentityType) -> Vec<Diagnostic> {
    let context = Context { request, operation, identity: Some(identity) };
    let mut out = Vec::new();
    for rule in RULES.iter().filter(|rule| rule.applies_to(operation)) {
        if let Check::Identity(check) = rule.check {
            check(&context, &mut out);
        }
    }
    out.retain(|d| d.severity == Severity::Error);
    out
}

// Accessors for checks. A member counts as set when it is present and not null; the typed
// accessors read a value of the wrong type as absent, because the model walk reports it.

pub(crate) fn is_set(object: &Object, key: &str) -> bool {
    object.get(key).is_some_and(|v| !v.is_null())
}

pub(crate) fn string<'a>(object: &'a Object, key: &str) -> Option<&'a str> {
    object.get(key)?.as_str()
}

pub(crate) fn object<'a>(object: &'a Object, key: &str) -> Option<&'a Object> {
    object.get(key)?.as_object()
}

/// The object elements of a list member, with their indexes.
pub(crate) fn elements<'a>(object: &'a Object, key: &str) -> impl Iterator<Item = (usize, &'a Object)> {
    object
        .get(key)
        .and_then(Value::as_array)
        .unwrap_or_default()
        .iter()
        .enumerate()
        .filter_map(|(i, v)| Some((i, v.as_object()?)))
}

/// An element's `Channel` when it is one of the model's channels.
pub(crate) fn channel(element: &Object) -> Option<&'static str> {
    let value = string(element, "Channel")?;
    crate::model::CHANNELS.iter().copied().find(|c| *c == value)
}

/// A string member as a check sees it.
pub(crate) enum Slot<'a> {
    /// Missing or null, or inside a missing IdentityInfo.
    Absent,
    /// The member or its parent has the wrong type; the model walk reports that.
    Wrong,
    Text(&'a str),
}

/// The `IdentityInfo` member `key`.
pub(crate) fn identity_string<'a>(request: &'a Object, key: &str) -> Slot<'a> {
    let slot = |value: Option<&'a Value>| match value {
        None | Some(Value::Null) => Slot::Absent,
        Some(Value::String(s)) => Slot::Text(s),
        Some(_) => Slot::Wrong,
    };
    match request.get("IdentityInfo") {
        Some(Value::Object(info)) => slot(info.get(key)),
        None | Some(Value::Null) => Slot::Absent,
        Some(_) => Slot::Wrong,
    }
}

/// The Markdown rules reference (`docs/rules.md`), generated from the rule docs.
#[cfg(feature = "messages")]
pub fn reference_markdown() -> String {
    let mut out = String::from(
        "# Rule reference\n\n<!-- Generated from the rule modules in src/rules/ by `make docs`; do not edit. -->\n\n\
         Every diagnostic carries one of these codes. `explain(code)` and `connect-user-validator explain CODE` \
         return the same text.\n\n| code | severity | summary |\n|---|---|---|\n",
    );
    for rule in RULES {
        let doc = &rule.doc;
        out.push_str(&format!("| [`{}`](#{}) | {} | {} |\n", doc.code, doc.code, doc.severity, doc.summary));
    }
    for rule in RULES {
        let doc = &rule.doc;
        out.push_str(&format!("\n## {}\n\n**{}** · {} · {}\n\n", doc.code, doc.title, doc.severity, doc.summary));
        let operations: Vec<&str> = rule.operations().map(Operation::name).collect();
        match operations.len() {
            0 => {}
            n if n == Operation::ALL.len() => out.push_str("Checked in: every operation.\n\n"),
            _ => out.push_str(&format!("Checked in: {}.\n\n", operations.join(", "))),
        }
        out.push_str(&shift_headings(doc.explanation.trim()));
        out.push('\n');
    }
    out
}

/// Demotes `## ` headings to `### ` so each rule's sections nest under the rule's own heading.
#[cfg(feature = "messages")]
fn shift_headings(markdown: &str) -> String {
    markdown
        .lines()
        .map(|line| if line.starts_with("## ") { format!("#{line}") } else { line.to_owned() })
        .collect::<Vec<_>>()
        .join("\n")
}
