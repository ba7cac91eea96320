//! `get_group_msg_receipt_detail`: `POST /v4/group_open_http_svc/get_group_msg_receipt_detail`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/49438>.
//! Note: needs the Premium (Pro) edition with group read receipts enabled in the console;
//! Private (Work), Public and ChatRoom (Meeting) groups only.
//! Unverified: the page was readable only up to its paging prose; the fields follow other sources,
//! and the shared group codes are assumed.

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads a page of the members who have (`filter` 0) or have not (`filter` 1) read a group
/// message, at most 200 a page.
#[wx_endpoint(
    name = "get_group_msg_receipt_detail",
    family = im,
    path = "/v4/group_open_http_svc/get_group_msg_receipt_detail",
    response = GroupMsgReceiptDetail,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetGroupMsgReceiptDetail {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The message's sequence number.
    pub msg_seq: u64,
    /// 0: list the members who read it; 1: those who did not.
    #[wx(one_of = [0, 1])]
    pub filter: u8,
    /// `""` for the first page, then the previous page's `Cursor`.
    pub cursor: String,
    /// How many members to return (at most 200; more counts as 200).
    #[wx(range = 1..=200)]
    pub count: u32,
}

/// A member who read the message: `{"Read_Account": "..."}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ReadMember {
    /// The member's UserID.
    #[serde(rename = "Read_Account", default)]
    pub read_account: String,
}

/// A member who has not read the message: `{"Unread_Account": "..."}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct UnreadMember {
    /// The member's UserID.
    #[serde(rename = "Unread_Account", default)]
    pub unread_account: String,
}

/// A page of a message's readers or non-readers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupMsgReceiptDetail {
    /// 1 when the list is complete, 0 when more pages follow (the page's example spells it
    /// `IsFinish`).
    #[serde(alias = "IsFinish")]
    pub is_finished: i64,
    /// The message's sequence number.
    pub msg_seq: u64,
    /// The members who read it (with `filter` 0).
    pub read_list: Vec<ReadMember>,
    /// The members who have not read it (with `filter` 1).
    pub unread_list: Vec<UnreadMember>,
    /// The `Cursor` of the next page.
    pub cursor: String,
}
