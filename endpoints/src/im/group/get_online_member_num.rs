//! `get_online_member_num`: `POST /v4/group_open_http_svc/get_online_member_num`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/38521>.
//! Note: the count is refreshed every 10 s (10-20 s after a join or quit when web users are in the
//! group). Older copies of the page list AVChatRoom groups only, newer ones every type; Communities
//! have their own command (`/v4/million_group_open_http_svc/get_online_member_num`).
//! Unverified: the stored page's error table breaks off; the rows are the group pages' usual six
//! (10002, 10003, 10004, 10007, 10010, 10015), all in `GroupError`.

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the number of online members of a live-streaming (AVChatRoom) group.
#[wx_endpoint(
    name = "get_online_member_num",
    family = im,
    path = "/v4/group_open_http_svc/get_online_member_num",
    response = OnlineMemberNum,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetOnlineMemberNum {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
}

/// The group's online member count.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct OnlineMemberNum {
    /// The number of online members.
    pub online_member_num: u64,
}
