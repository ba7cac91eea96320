//! `set_unread_msg_num`: `POST /v4/group_open_http_svc/set_unread_msg_num`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34909>.
//! Note: meant for apps migrating to IM. Private (Work), Public and Community groups only: ChatRoom
//! and AVChatRoom groups keep no unread counts, and the call then succeeds without effect.

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets a group member's unread message count, without callback or notification; a count above
/// the group's number of messages is lowered to it.
#[wx_endpoint(
    name = "set_unread_msg_num",
    family = im,
    path = "/v4/group_open_http_svc/set_unread_msg_num",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SetUnreadMsgNum {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The member whose unread count to set.
    #[serde(rename = "Member_Account")]
    #[wx(non_empty)]
    pub member_account: String,
    /// The member's new unread message count.
    pub unread_msg_num: u32,
}
