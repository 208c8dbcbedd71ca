//! Paths into a request, written with the AWS member names: `["AutoAcceptConfigs", 0, "Channel"]`.

use crate::value::Value;
use std::borrow::Cow;

/// One step of a path: a member name or map key, or a list index. Member names of the model are
/// borrowed, so paths of valid-looking requests allocate only their list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Segment {
    Key(Cow<'static, str>),
    Index(usize),
}

/// A member name of the model; a key of the request is a `String`.
impl From<&'static str> for Segment {
    fn from(key: &'static str) -> Self {
        Segment::Key(Cow::Borrowed(key))
    }
}

impl From<String> for Segment {
    fn from(key: String) -> Self {
        Segment::Key(Cow::Owned(key))
    }
}

impl From<usize> for Segment {
    fn from(index: usize) -> Self {
        Segment::Index(index)
    }
}

/// A path from the request root; empty for the request itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Path(Vec<Segment>);

/// Builds a [`Path`] from member names and indexes: `path!["IdentityInfo", "Email"]`.
#[macro_export]
macro_rules! path {
    ($($segment:expr),* $(,)?) => {
        $crate::path::Path::from_segments(vec![$($crate::path::Segment::from($segment)),*])
    };
}

impl Path {
    pub fn root() -> Self {
        Path::default()
    }

    pub fn from_segments(segments: Vec<Segment>) -> Self {
        Path(segments)
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    /// This path extended by one segment.
    pub fn join(&self, segment: impl Into<Segment>) -> Path {
        let mut segments = self.0.clone();
        segments.push(segment.into());
        Path(segments)
    }

    /// Whether `self` is `other` or one of its ancestors.
    pub fn contains(&self, other: &Path) -> bool {
        other.0.starts_with(&self.0)
    }

    /// A path written as a JSON list of keys and indexes, such as the JavaScript API's.
    pub fn from_value(value: &Value) -> Option<Path> {
        let segments = value.as_array()?.iter().map(|segment| match segment {
            Value::String(key) => Some(Segment::from(key.clone())),
            Value::Number(n) => Some(Segment::Index(usize::try_from(n.as_i64()?).ok()?)),
            _ => None,
        });
        segments.collect::<Option<Vec<_>>>().map(Path)
    }

    /// The value at this path in `root`, if there is one.
    pub fn find_in<'v>(&self, root: &'v Value) -> Option<&'v Value> {
        self.0.iter().try_fold(root, |value, segment| match (value, segment) {
            (Value::Object(object), Segment::Key(key)) => object.get(key),
            (Value::Array(items), Segment::Index(index)) => items.get(*index),
            _ => None,
        })
    }

    /// The top-level member this path is under, if any.
    pub fn top_member(&self) -> Option<&str> {
        match self.0.first() {
            Some(Segment::Key(key)) => Some(key),
            _ => None,
        }
    }
}

#[cfg(feature = "messages")]
/// `IdentityInfo.Email`, `AutoAcceptConfigs[0].Channel`, `Tags["cost center"]`; the root is `(request)`.
/// Long keys are cut short, so a path always fits in a message.
impl std::fmt::Display for Path {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(request)");
        }
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::Key(key) if is_identifier(key) && key.len() <= 60 => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(key)?;
                }
                Segment::Key(key) => write!(f, "[{}]", crate::render::quoted(key))?,
            }
        }
        Ok(())
    }
}

/// A path under construction while walking a value: a chain of borrowed segments on the stack,
/// turned into a [`Path`] only when a diagnostic needs one.
#[derive(Clone, Copy, Debug)]
pub struct Location<'a> {
    parent: Option<&'a Location<'a>>,
    segment: Option<Step<'a>>,
}

#[derive(Clone, Copy, Debug)]
enum Step<'a> {
    Member(&'static str),
    Key(&'a str),
    Index(usize),
}

impl<'a> Location<'a> {
    pub fn root() -> Self {
        Location { parent: None, segment: None }
    }

    /// A member of the model, by the model's own name.
    pub fn member(&'a self, name: &'static str) -> Location<'a> {
        Location { parent: Some(self), segment: Some(Step::Member(name)) }
    }

    /// A key of the request that is no member of the model, such as a map key.
    pub fn key(&'a self, key: &'a str) -> Location<'a> {
        Location { parent: Some(self), segment: Some(Step::Key(key)) }
    }

    pub fn index(&'a self, index: usize) -> Location<'a> {
        Location { parent: Some(self), segment: Some(Step::Index(index)) }
    }

    pub fn to_path(&self) -> Path {
        let mut segments = Vec::new();
        let mut at = Some(self);
        while let Some(location) = at {
            match location.segment {
                Some(Step::Member(name)) => segments.push(Segment::from(name)),
                Some(Step::Key(key)) => segments.push(Segment::from(key.to_owned())),
                Some(Step::Index(index)) => segments.push(Segment::Index(index)),
                None => {}
            }
            at = location.parent;
        }
        segments.reverse();
        Path(segments)
    }
}

#[cfg(feature = "messages")]
fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn displays_like_a_property_access() {
        assert_eq!(Path::root().to_string(), "(request)");
        assert_eq!(path!["IdentityInfo", "Email"].to_string(), "IdentityInfo.Email");
        assert_eq!(path!["AutoAcceptConfigs", 0usize, "Channel"].to_string(), "AutoAcceptConfigs[0].Channel");
        assert_eq!(path!["Tags", "cost center"].to_string(), r#"Tags["cost center"]"#);
        assert_eq!(path!["Tags", "aws:x"].to_string(), r#"Tags["aws:x"]"#);
    }

    #[test]
    fn containment_is_by_whole_segments() {
        assert!(path!["PhoneConfig"].contains(&path!["PhoneConfig", "AutoAccept"]));
        assert!(path!["PhoneConfig"].contains(&path!["PhoneConfig"]));
        assert!(!path!["PhoneConfig", "AutoAccept"].contains(&path!["PhoneConfig"]));
        assert!(Path::root().contains(&path!["Username"]));
    }

    #[test]
    fn locations_become_paths() {
        let root = Location::root();
        let list = root.member("AutoAcceptConfigs");
        let element = list.index(2);
        assert_eq!(element.member("Channel").to_path(), path!["AutoAcceptConfigs", 2usize, "Channel"]);
        assert_eq!(root.to_path(), Path::root());
    }
}
