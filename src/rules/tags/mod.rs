//! Rules about tag keys.

pub(crate) mod tag_key_characters;
pub(crate) mod tag_key_reserved;

use crate::rules::object;
use crate::value::Object;

/// The keys of the Tags map, when it is an object.
pub(crate) fn tag_keys(request: &Object) -> impl Iterator<Item = &str> {
    object(request, "Tags").into_iter().flat_map(|tags| tags.iter().map(|(key, _)| key))
}
