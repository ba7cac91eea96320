//! `group_msg_recall`: `POST /v4/group_open_http_svc/group_msg_recall`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34965>.
//! Note: recalls messages still within the roaming period, from any time; recalled messages are
//! removed from the clients' caches and cannot be restored. AVChatRoom groups since Native SDK
//! 7.4.4634 and Web SDK 3.1.2.
//! Unverified: the stored page breaks off at the response table. `Reason` and `TopicId` come from
//! the page's current Chinese twin; the error rows
//! are the group pages' usual six, all in `GroupError`; per-message `RetCode` 10030 (seen in the
//! example) means the message was not found.

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Recalls up to 10 group messages by sequence number; each gets its own result.
#[wx_endpoint(
    name = "group_msg_recall",
    family = im,
    path = "/v4/group_open_http_svc/group_msg_recall",
    response = GroupRecallResults,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GroupMsgRecall {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The messages to recall (at most 10).
    #[wx(non_empty, max_items = 10)]
    pub msg_seq_list: Vec<GroupMsgRecallSeq>,
    /// Why the messages are recalled.
    pub reason: Option<String>,
    /// The topic the messages belong to (Communities with topics only).
    pub topic_id: Option<String>,
}

/// One message to recall, by sequence number: `{"MsgSeq": 100}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMsgRecallSeq {
    /// The message's sequence number.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: u64,
}

/// One message's recall result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupRecallResult {
    /// The message's sequence number.
    pub msg_seq: u64,
    /// 0 recalled; otherwise why not (e.g. 10030: no such message).
    pub ret_code: Option<i64>,
}

impl GroupRecallResult {
    /// This message's own failure code, if it was not recalled.
    pub fn failure(&self) -> Option<i64> {
        self.ret_code.filter(|&code| code != 0)
    }
}

/// The results of `group_msg_recall`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupRecallResults {
    /// One result per message to recall.
    pub recall_ret_list: Vec<GroupRecallResult>,
}
