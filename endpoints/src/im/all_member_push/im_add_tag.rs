//! `im_add_tag`: `POST /v4/all_member_push/im_add_tag`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/37173>.
//! Note: at most 10 tags per user in one request, 100 tags per user in all, 50 bytes per tag;
//! only the 100-user batch size is checked by the client.

use serde::Deserialize;

use super::types::UserTags;
use super::AllMemberPushError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Adds tags to up to 100 users (at most 10 tags each per request; a user holds at most 100).
/// At most 100 calls per second.
#[wx_endpoint(
    name = "im_add_tag",
    family = im,
    path = "/v4/all_member_push/im_add_tag",
    calls_per_second = 100,
    errors(use ImCommonError, use AllMemberPushError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ImAddTag {
    /// The users and the tags to add (at most 100 users).
    #[serde(rename = "UserTags")]
    #[wx(non_empty, max_items = 100)]
    pub user_tags: Vec<UserTags>,
}
