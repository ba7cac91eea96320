//! `updateTag`: `POST /cgi-bin/tags/update`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/User_Tag_Management.html>.
//! Note: name and permission sets 2 and 100 from the newer page (doc/subscription/en/api/usermanage/tag/api_updatetag.html),
//! whose request example leaves out `name` although its table requires it.

use serde::{Deserialize, Serialize};

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Renames a follower tag (the system tags 0, 1 and 2 cannot be changed).
#[wx_endpoint(
    name = "updateTag",
    path = "/cgi-bin/tags/update",
    perm_sets = [2, 100],
    errors(
        use CommonError,
        45157 => InvalidTagName: "invalid tag name; it must not repeat another tag's name",
        45158 => TagNameTooLong: "the tag name exceeds 30 bytes",
        45058 => ReservedTag: "the system tags 0, 1 and 2 cannot be changed",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UpdateTag {
    /// The tag and its new name.
    pub tag: TagUpdate,
}

/// The tag to rename (`tag`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TagUpdate {
    /// The tag's id.
    pub id: u64,
    /// The new name (UTF-8, at most 30 bytes).
    pub name: String,
}
