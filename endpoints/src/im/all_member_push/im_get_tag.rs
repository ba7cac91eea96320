//! `im_get_tag`: `POST /v4/all_member_push/im_get_tag`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/37172>.
//! Unverified: the stored page was cut before its error table; the family's shared rows are used.

use serde::Deserialize;

use super::types::UserTags;
use super::AllMemberPushError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the tags of up to 100 users. At most 100 calls per second.
#[wx_endpoint(
    name = "im_get_tag",
    family = im,
    path = "/v4/all_member_push/im_get_tag",
    response = UserTagList,
    calls_per_second = 100,
    idempotent,
    errors(use ImCommonError, use AllMemberPushError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ImGetTag {
    /// The users whose tags to read (at most 100).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 100)]
    pub to_account: Vec<String>,
}

/// The users' tags.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct UserTagList {
    /// One entry per requested user.
    pub user_tags: Vec<UserTags>,
}
