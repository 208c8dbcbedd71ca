//! Leaving the password out of what is shown: a command on screen, a document copied, a log.

use crate::rules::model::unknown_member::closest;
use crate::value::{Object, Value};

/// What a redacted request shows in place of a password.
pub const PASSWORD_PLACEHOLDER: &str = "********";

/// Whether a member named `key` may hold a password: `Password` itself, or a name `unknown-member`
/// would correct to it (the same letters in another case or spelling, such as `password` or
/// `pass_word`, one name extending the other, such as `Passwords`, or a small edit distance, such as
/// `Pasword`), wherever it is.
pub fn is_password_name(key: &str) -> bool {
    closest(key, &["Password"]).is_some()
}

/// A copy of `request` with the value of every member [`is_password_name`] accepts replaced by
/// [`PASSWORD_PLACEHOLDER`], at any depth: a password put in a misspelled member, in a nested
/// structure (`IdentityInfo.Password`), in a list item or in a tag is a password all the same, and
/// hiding a value that was none costs only its display.
pub fn redact_password(request: &Value) -> Value {
    let mut redacted = request.clone();
    redact_within(vec![&mut redacted]);
    redacted
}

/// [`redact_password`] for a request known to be an object.
pub(crate) fn redact_members(request: &Object) -> Object {
    let mut redacted = request.clone();
    let mut pending = Vec::new();
    redact_level(&mut redacted, &mut pending);
    redact_within(pending);
    redacted
}

/// Redacts the values in `pending` and everything in them. A list, not recursion, so any depth
/// takes no stack.
fn redact_within(mut pending: Vec<&mut Value>) {
    while let Some(value) = pending.pop() {
        match value {
            Value::Object(object) => redact_level(object, &mut pending),
            Value::Array(items) => pending.extend(items.iter_mut()),
            _ => {}
        }
    }
}

/// Replaces the password members of `object`; the other members are left to look into.
fn redact_level<'a>(object: &'a mut Object, pending: &mut Vec<&'a mut Value>) {
    for (key, member) in object.iter_mut() {
        if is_password_name(key) {
            *member = Value::from(PASSWORD_PLACEHOLDER);
        } else {
            pending.push(member);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn password_names_are_those_unknown_member_corrects_to_password() {
        for name in [
            "Password",
            "password",
            "PASSWORD",
            "pAsSwOrD",
            "Pasword",
            "Passwrod",
            "Passw0rd",
            "Passsword",
            "pass_word",
            "pass-word",
            "Pass Word",
            "PASS.WORD",
            "Passwords",
            "NewPassword",
            "UserPassword",
        ] {
            assert!(is_password_name(name), "{name}");
        }
        for name in ["Username", "PhoneConfig", "Tags", "Email", "FirstName", "Secret", "pw", ""] {
            assert!(!is_password_name(name), "{name}");
        }
    }
}
