//! `createTag`: `POST /cgi-bin/tags/create`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/User_Tag_Management.html>.
//! Note: name and permission sets 2 and 100 from the newer page (doc/service/api/usermanage/tag/api_createtag.html).
//! Note: the table limits the name to 30 characters, the error table (45158) to 30 bytes: only the server checks bytes.

use serde::{Deserialize, Serialize};

use super::Tag;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Creates a follower tag (an account has at most 100).
#[wx_endpoint(
    name = "createTag",
    path = "/cgi-bin/tags/create",
    perm_sets = [2, 100],
    response = CreatedTag,
    errors(
        use CommonError,
        45157 => InvalidTagName: "invalid tag name; it must not repeat another tag's name",
        45158 => TagNameTooLong: "the tag name exceeds 30 bytes",
        45056 => TooManyTags: "too many tags; an account has at most 100",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateTag {
    /// The tag to create.
    pub tag: NewTag,
}

/// The tag to create (`tag`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewTag {
    /// The tag's name, at most 30 characters (30 bytes by the error table).
    pub name: String,
}

/// The tag `createTag` created.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CreatedTag {
    /// The new tag: its id and name.
    pub tag: Tag,
}
