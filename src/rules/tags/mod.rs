//! Rules about tag keys.

pub(crate) mod tag_key_characters;
pub(crate) mod tag_key_reserved;

use crate::path::Path;
use crate::rules::object;
use crate::value::{Object, Value};

/// A tag key in the request: a key of the `Tags` (CreateUser) or `tags` (TagResource) map, or an
/// entry of `tagKeys` (UntagResource).
pub(crate) struct TagKey<'a> {
    member: &'static str,
    index: Option<usize>,
    pub key: &'a str,
}

impl TagKey<'_> {
    /// Built only for a diagnostic, so that valid requests allocate no paths.
    pub fn path(&self) -> Path {
        let member = Path::root().join(self.member);
        match self.index {
            Some(index) => member.join(index),
            None => member.join(self.key.to_owned()),
        }
    }
}

/// Every tag key of the request, whatever its operation.
pub(crate) fn tag_keys(request: &Object) -> impl Iterator<Item = TagKey<'_>> {
    let map_keys = |member: &'static str| {
        object(request, member)
            .into_iter()
            .flat_map(move |tags| tags.iter().map(move |(key, _)| TagKey { member, index: None, key }))
    };
    let listed = request.get("tagKeys").and_then(Value::as_array).unwrap_or_default();
    let listed = listed
        .iter()
        .enumerate()
        .filter_map(|(index, key)| Some(TagKey { member: "tagKeys", index: Some(index), key: key.as_str()? }));
    map_keys("Tags").chain(map_keys("tags")).chain(listed)
}
