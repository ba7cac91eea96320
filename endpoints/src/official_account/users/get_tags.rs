//! `getTags`: `GET /cgi-bin/tags/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/User_Tag_Management.html>.
//! Note: permission sets 2 and 100 as every tag page of the newer documents names them.
//! Unverified: the interface name (the stored copies of the newer page were not found; the old page names none).

use serde::Deserialize;

use super::Tag;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Lists the account's tags with their follower counts.
#[wx_endpoint(
    name = "getTags",
    path = "/cgi-bin/tags/get",
    method = GET,
    perm_sets = [2, 100],
    response = TagList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetTags;

/// The account's tags, as `getTags` answers them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TagList {
    /// Every tag, with `count` (its followers).
    pub tags: Vec<Tag>,
}
