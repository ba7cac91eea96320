//! `get_group_msg_receipt`: `POST /v4/group_open_http_svc/get_group_msg_receipt`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/49439>.
//! Note: needs the Premium (Pro) edition with group read receipts enabled in the console;
//! Private (Work), Public and ChatRoom (Meeting) groups only.
//! Unverified: the page's error table was not readable; the shared group codes are assumed.

use serde::{Deserialize, Serialize};

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the read and unread counts of group messages.
#[wx_endpoint(
    name = "get_group_msg_receipt",
    family = im,
    path = "/v4/group_open_http_svc/get_group_msg_receipt",
    response = GroupMsgReceipts,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetGroupMsgReceipt {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The messages whose receipts to read.
    #[wx(non_empty)]
    pub msg_seq_list: Vec<MsgSeqItem>,
}

/// One message by sequence number: `{"MsgSeq": 1}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MsgSeqItem {
    /// The message's sequence number.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
}

/// One message's read receipt.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupMsgReceipt {
    /// The message's sequence number.
    pub msg_seq: u64,
    /// How many members have read it.
    pub read_num: u64,
    /// How many members have not read it.
    pub unread_num: u64,
    /// This item's result code (e.g. 10062: no receipt for this message), when present.
    pub code: Option<i64>,
}

impl GroupMsgReceipt {
    /// This item's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.code.filter(|&code| code != 0)
    }
}

/// The read receipts of `get_group_msg_receipt`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupMsgReceipts {
    /// One receipt per requested message.
    pub group_msg_receipt_list: Vec<GroupMsgReceipt>,
}
