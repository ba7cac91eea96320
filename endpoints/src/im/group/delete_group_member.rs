//! `delete_group_member`: `POST /v4/group_open_http_svc/delete_group_member`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34949>.
//! Note: not for AVChatRoom groups (10004): mute the members with `forbid_send_msg` or ban them
//! with `ban_group_member` instead. Removing a user who is not a member still succeeds.
//! Note: the batch limit (500) was read from an older version of the page.

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Removes up to 500 members from a group; the group is notified unless `silence` is 1.
#[wx_endpoint(
    name = "delete_group_member",
    family = im,
    path = "/v4/group_open_http_svc/delete_group_member",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGroupMember {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// 1: only the removed members are notified; 0 (the default): the whole group.
    #[wx(one_of = [0, 1])]
    pub silence: Option<u8>,
    /// Why the members are removed (shown in the notification).
    pub reason: Option<String>,
    /// The members to remove (at most 500).
    #[serde(rename = "MemberToDel_Account")]
    #[wx(non_empty, max_items = 500)]
    pub member_to_del_account: Vec<String>,
}
