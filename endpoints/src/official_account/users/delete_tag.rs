//! `deleteTag`: `POST /cgi-bin/tags/delete`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/User_Tag_Management.html>.
//! Note: a tag with more than 100,000 followers cannot be deleted directly: untag them
//! (`batchUntagging`) first. Permission sets 2 and 100 as every tag page of the newer documents names them.
//! Unverified: the interface name (the stored copies of the newer page were not found; the old page names none).
//! Unverified: the error rows are the old page's as its copies print them (the stored official copies end before them).

use serde::{Deserialize, Serialize};

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Deletes a follower tag.
#[wx_endpoint(
    name = "deleteTag",
    path = "/cgi-bin/tags/delete",
    perm_sets = [2, 100],
    errors(
        use CommonError,
        45058 => ReservedTag: "the system tags 0, 1 and 2 cannot be changed",
        45057 => TooManyFollowers: "the tag has more than 100,000 followers and cannot be deleted directly; untag them first",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteTag {
    /// The tag to delete.
    pub tag: TagToDelete,
}

/// The tag to delete (`tag`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TagToDelete {
    /// The tag's id.
    pub id: u64,
}
