//! `im_remove_tag`: `POST /v4/all_member_push/im_remove_tag`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/37174>.
//! Unverified: the stored page was cut before its error table; the family's shared rows are used.

use serde::Deserialize;

use super::types::UserTags;
use super::AllMemberPushError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes tags of up to 100 users. At most 100 calls per second.
#[wx_endpoint(
    name = "im_remove_tag",
    family = im,
    path = "/v4/all_member_push/im_remove_tag",
    calls_per_second = 100,
    errors(use ImCommonError, use AllMemberPushError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ImRemoveTag {
    /// The users and the tags to delete (at most 100 users).
    #[serde(rename = "UserTags")]
    #[wx(non_empty, max_items = 100)]
    pub user_tags: Vec<UserTags>,
}
