//! The tag shapes the tag endpoints (`createTag`, `getTags`) answer.

use serde::Deserialize;

/// A follower tag, as `createTag` and `getTags` answer it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Tag {
    /// The tag's id, assigned by WeChat (0, 1 and 2 are reserved system tags).
    pub id: u64,
    /// The tag's name (UTF-8).
    pub name: String,
    /// How many followers carry the tag; answered by `getTags` only.
    pub count: Option<u64>,
}
