//! `send_group_msg`: `POST /v4/group_open_http_svc/send_group_msg`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34959>.
//! Note: the full request and error tables were read from an older copy of the page; the current
//! page's example adds `SupportMessageExtension` (in the golden example after `CloudCustomData`).
//! Unverified: `GroupAtInfo` is in the page's examples but not its older table; `TopicId`,
//! `NeedReadReceipt`, `To_Account` and the response's `MsgDropReason` come from the current Chinese
//! twin (<https://cloud.tencent.com/document/product/269/1629>), which the stored copies do not reach.

use super::GroupError;
use crate::im::msg::{MsgElement, OfflinePushInfo};
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Sends an ordinary message to a group, as the app admin or as `From_Account`.
#[wx_endpoint(
    name = "send_group_msg",
    family = im,
    path = "/v4/group_open_http_svc/send_group_msg",
    response = GroupMsgSent,
    errors(
        use ImCommonError,
        use GroupError,
        10017 => SenderMuted: "the sender is muted and cannot send messages",
        10023 => SendTooFrequent: "the message sending frequency limit is reached; retry later",
        80001 => TextFiltered: "the text contains restricted words; change it",
        80002 => MsgTooLong: "the message exceeds 8,000 bytes; shorten it",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SendGroupMsg {
    /// The group to send to.
    #[wx(non_empty)]
    pub group_id: String,
    /// De-duplicates: a message with the same `Random` within 5 minutes is dropped as a repeat.
    pub random: u32,
    /// The message's priority (`Normal` when unset).
    pub msg_priority: Option<GroupMsgPriority>,
    /// The message's elements.
    #[wx(non_empty)]
    pub msg_body: Vec<MsgElement>,
    /// The sender; the calling app admin when unset (the account must exist).
    #[serde(rename = "From_Account")]
    pub from_account: Option<String>,
    /// Offline push settings.
    pub offline_push_info: Option<OfflinePushInfo>,
    /// Callbacks to skip for this message.
    pub forbid_callback_control: Option<Vec<ForbidCallback>>,
    /// 1: online members only, not stored for offline or roaming (not for AVChatRoom).
    #[wx(one_of = [0, 1])]
    pub online_only_flag: Option<u8>,
    /// Per-message sending controls (not for AVChatRoom).
    pub send_msg_control: Option<Vec<SendMsgControl>>,
    /// Application-defined data stored with the message and delivered with it.
    pub cloud_custom_data: Option<String>,
    /// 1: the message supports extensions (key-value data added later).
    #[wx(one_of = [0, 1])]
    pub support_message_extension: Option<u8>,
    /// The @ mentions, in the order they appear in the text.
    pub group_at_info: Option<Vec<GroupAtInfo>>,
    /// The topic to send in (Communities with topics only).
    pub topic_id: Option<String>,
    /// 1: the message asks for read receipts.
    #[wx(one_of = [0, 1])]
    pub need_read_receipt: Option<u8>,
    /// Only these members receive the message (a targeted group message; it counts as no unread).
    #[serde(rename = "To_Account")]
    pub to_account: Option<Vec<String>>,
}

crate::wire_enum! {
    /// A group message's priority as sent (`MsgPriority`); case-sensitive.
    pub enum GroupMsgPriority: text {
        /// Highest.
        High = "High",
        /// The default.
        Normal = "Normal",
        /// Low.
        Low = "Low",
        /// Lowest.
        Lowest = "Lowest",
    }
}

crate::wire_enum! {
    /// A callback to skip for one message (`ForbidCallbackControl`).
    pub enum ForbidCallback: text {
        /// Skip the before-send callback.
        BeforeSendMsg = "ForbidBeforeSendMsgCallback",
        /// Skip the after-send callback.
        AfterSendMsg = "ForbidAfterSendMsgCallback",
    }
}

crate::wire_enum! {
    /// A per-message sending control (`SendMsgControl`).
    pub enum SendMsgControl: text {
        /// The message does not update the conversation's last message.
        NoLastMsg = "NoLastMsg",
        /// The message does not count as unread.
        NoUnread = "NoUnread",
    }
}

/// One @ mention (`GroupAtInfo` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupAtInfo {
    /// 1: @ everyone; 0: @ the member in `GroupAt_Account`.
    #[serde(rename = "GroupAtAllFlag")]
    pub group_at_all_flag: u8,
    /// The member mentioned, when `GroupAtAllFlag` is 0.
    #[serde(rename = "GroupAt_Account", default, skip_serializing_if = "Option::is_none")]
    pub group_at_account: Option<String>,
}

/// The sent message's time and sequence number.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupMsgSent {
    /// When the message was sent (Unix seconds, server time).
    pub msg_time: i64,
    /// The message's sequence number, its unique identifier in the group.
    pub msg_seq: u64,
    /// Why the message was dropped, when it was (e.g. `MsgFreqLimit` in an AVChatRoom).
    pub msg_drop_reason: Option<String>,
}
