//! `send_broadcast_msg`: `POST /v4/group_open_http_svc/send_broadcast_msg`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/49440>.
//! Note: needs the Pro, Pro Plus or Enterprise edition with "Broadcast messaging of audio-video
//! group" enabled in the console (10007 otherwise). At most 1 call per second on Pro and 5 on Pro
//! Plus and Enterprise: `calls_per_second` holds the lower one.
//! Note: fields and error table read from a translated copy of <https://trtc.io/document/49440>.

use super::GroupError;
use crate::im::msg::MsgElement;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Delivers one message to every AVChatRoom group of the app (at most 1 call per second on Pro,
/// 5 on Pro Plus and Enterprise; several elements of up to 12,000 bytes in all may share a message).
#[wx_endpoint(
    name = "send_broadcast_msg",
    family = im,
    path = "/v4/group_open_http_svc/send_broadcast_msg",
    response = BroadcastMsgSent,
    calls_per_second = 1,
    errors(
        use ImCommonError,
        use GroupError,
        10023 => SendTooFrequent: "the message sending frequency limit is reached; retry later",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SendBroadcastMsg {
    /// The sender; the calling app admin when unset (the account must exist).
    #[serde(rename = "From_Account")]
    pub from_account: Option<String>,
    /// De-duplicates: the same content with the same `Random` within 5 minutes is dropped.
    pub random: u32,
    /// The message's elements.
    #[wx(non_empty)]
    pub msg_body: Vec<MsgElement>,
    /// Application-defined data carried with the message.
    pub cloud_custom_data: Option<String>,
}

/// The broadcast message's sequence number.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct BroadcastMsgSent {
    /// The message's sequence number, its unique identifier.
    pub msg_seq: u64,
}
