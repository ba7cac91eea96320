//! `group_msg_get_simple`: `POST /v4/group_open_http_svc/group_msg_get_simple`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34971>.
//! Note: not for AVChatRoom groups (they store no history). Messages come newest first: for the
//! next page pass the smallest returned `MsgSeq` minus 1 as `ReqMsgSeq`.
//! Note: the page's response table names the list `MsgList` and the group `groupID`; its example
//! (and the service) use `RspMsgList` and `GroupId`: those are the wire names, the table's are aliases.
//! Unverified: `WithRecalledMsg`, `TopicId` and `CloudCustomData` come from the current page's
//! Chinese twin; the stored English copy predates them.

use super::GroupError;
use crate::im::msg::MsgElement;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a group's message history, at most 20 messages per call.
#[wx_endpoint(
    name = "group_msg_get_simple",
    family = im,
    path = "/v4/group_open_http_svc/group_msg_get_simple",
    response = GroupMsgHistory,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GroupMsgGetSimple {
    /// The group whose messages to read.
    #[wx(non_empty)]
    pub group_id: String,
    /// How many messages to read (at most 20).
    #[wx(range = 1..=20)]
    pub req_msg_number: u32,
    /// Read messages with a sequence number up to this one; the newest when unset.
    pub req_msg_seq: Option<u64>,
    /// 1: include recalled messages (left out by default).
    #[wx(one_of = [0, 1])]
    pub with_recalled_msg: Option<u8>,
    /// The topic to read (Communities with topics only).
    pub topic_id: Option<String>,
}

crate::wire_enum! {
    /// Whether the history call returned every requested message (`IsFinished`).
    pub enum HistoryCompleteness: code {
        /// 0: some messages were left out (too long, or more than 20).
        Partial = 0,
        /// 1: every requested message was returned.
        Complete = 1,
        /// 2: some were left out and all of those have expired.
        RestExpired = 2,
    }
}

crate::wire_enum! {
    /// What a history slot holds (`IsPlaceMsg`).
    pub enum PlaceMsgState: code {
        /// 0: a normal message.
        Normal = 0,
        /// 1: deleted, expired or never stored: `MsgBody` is empty.
        Empty = 1,
        /// 2: recalled.
        Recalled = 2,
    }
}

crate::wire_enum! {
    /// A message's priority as the history reports it (`MsgPriority`).
    pub enum MsgPriorityLevel: code {
        /// 1: high.
        High = 1,
        /// 2: normal.
        Normal = 2,
        /// 3: low.
        Low = 3,
        /// 4: lowest.
        Lowest = 4,
    }
}

/// One message of a group's history.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupHistoryMsg {
    /// The sender's UserID.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// Whether the slot holds a message, an empty placeholder or a recalled one.
    pub is_place_msg: Option<PlaceMsgState>,
    /// The message's elements; empty for placeholders.
    pub msg_body: Vec<MsgElement>,
    /// The message's priority.
    pub msg_priority: Option<MsgPriorityLevel>,
    /// The message's random number (set by the sender or the server; used for de-duplication).
    pub msg_random: u64,
    /// The message's sequence number: smaller is older.
    pub msg_seq: u64,
    /// When the message was sent (Unix seconds, server time).
    pub msg_time_stamp: i64,
    /// Application-defined data carried with the message, when present.
    pub cloud_custom_data: Option<String>,
}

/// A page of a group's history, newest first.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupMsgHistory {
    /// The group the messages belong to.
    #[serde(alias = "groupID")]
    pub group_id: String,
    /// Whether every requested message was returned.
    pub is_finished: Option<HistoryCompleteness>,
    /// The messages.
    #[serde(alias = "MsgList")]
    pub rsp_msg_list: Vec<GroupHistoryMsg>,
}
