//! `import_group_msg`: `POST /v4/group_open_http_svc/import_group_msg`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34968>.
//! Note: for apps migrating to IM; no callbacks or notifications. Not for AVChatRoom groups
//! (10007). Import in ascending time order, between the group's creation (and its newest
//! message) and now; afterwards every member's unread count is 0 until members are imported or
//! `set_unread_msg_num` is called.
//! Note: the page's table types `MsgList` as String and `MsgBody` as Object; the examples (and the
//! other message commands) send arrays, which is what the fields are.
//! Unverified: `RecentContactFlag` and `TopicId` come from the page's current Chinese twin; the
//! stored English copy predates them.

use super::GroupError;
use crate::im::msg::MsgElement;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Imports up to 7 historical messages into a group; each gets its own result.
#[wx_endpoint(
    name = "import_group_msg",
    family = im,
    path = "/v4/group_open_http_svc/import_group_msg",
    response = ImportGroupMsgResults,
    errors(
        use ImCommonError,
        use GroupError,
        10020 => MsgTooLarge: "a message exceeds 8,000 bytes; shorten it",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportGroupMsg {
    /// The group to import into.
    #[wx(non_empty)]
    pub group_id: String,
    /// The messages, oldest first (at most 7).
    #[wx(non_empty, max_items = 7)]
    pub msg_list: Vec<ImportedGroupMsg>,
    /// 1: the import updates the members' conversations (not for AVChatRoom).
    #[wx(one_of = [0, 1])]
    pub recent_contact_flag: Option<u8>,
    /// The topic to import into (Communities with topics only).
    pub topic_id: Option<String>,
}

/// One message to import.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportedGroupMsg {
    /// The message's sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// When the message was sent (Unix seconds).
    pub send_time: i64,
    /// De-duplicates: the same `Random` within 5 minutes drops the later message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub random: Option<u32>,
    /// The message's elements (text, face, location or custom).
    pub msg_body: Vec<MsgElement>,
}

/// One imported message's result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ImportGroupMsgResult {
    /// The message's sequence number, its unique identifier.
    pub msg_seq: u64,
    /// The message's time.
    pub msg_time: i64,
    /// 0 imported; 10004 invalid send time; 80001 restricted words; 80002 over 8,000 bytes.
    pub result: Option<i64>,
}

impl ImportGroupMsgResult {
    /// This message's own failure code, if it was not imported.
    pub fn failure(&self) -> Option<i64> {
        self.result.filter(|&code| code != 0)
    }
}

/// The results of `import_group_msg`, one per message in request order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ImportGroupMsgResults {
    /// One result per imported message.
    pub import_msg_result: Vec<ImportGroupMsgResult>,
}
