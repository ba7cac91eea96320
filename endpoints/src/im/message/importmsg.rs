//! `importmsg`: `POST /v4/openim/importmsg`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/35014>.
//! Note: imports history in chronological order, updates the conversation and triggers no webhook;
//! messages with the same `MsgSeq`, `MsgRandom` and `MsgTimeStamp` (either direction) are duplicates.
//! Unverified: the stored copy of the page ends before its field tables and error table; fields are
//! from the Chinese twin (<https://cloud.tencent.com/document/product/269/2568>) as the doocs SDK
//! records them (`SyncFromOldSystem` 2 or 5), error rows from the Error Codes page's message section,
//! and the golden example is reconstructed.

use serde::Deserialize;

use super::OpenimError;
use crate::im::msg::MsgElement;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Imports one historical one-to-one message (e.g. from another IM platform).
#[wx_endpoint(
    name = "importmsg",
    family = im,
    path = "/v4/openim/importmsg",
    errors(
        use ImCommonError,
        use OpenimError,
        90002 => InvalidMsgBody: "MsgBody is not in the message format or not an array",
        90003 => InvalidToAccount: "To_Account is missing or does not exist",
        90005 => InvalidMsgRandom: "MsgRandom is missing or not an integer",
        90006 => InvalidMsgTimeStamp: "MsgTimeStamp is missing or not an integer",
        90007 => MsgBodyNotArray: "MsgBody is not an array",
        90008 => InvalidFromAccount: "From_Account is missing or does not exist",
        90010 => InvalidMessageFormat: "the request does not match the message format",
        90030 => InvalidSyncFromOldSystem: "SyncFromOldSystem is invalid",
        93000 => PacketTooLong: "the JSON packet exceeds 12 KB",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ImportMsg {
    /// 2: history import (not unread, not pushed); 5: real-time import (unread, pushed).
    #[serde(rename = "SyncFromOldSystem")]
    pub sync_from_old_system: u8,
    /// The sender's UserID.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The recipient's UserID.
    #[serde(rename = "To_Account")]
    #[wx(non_empty)]
    pub to_account: String,
    /// Sequence number (32-bit unsigned).
    #[serde(rename = "MsgSeq")]
    pub msg_seq: Option<u32>,
    /// Random number (32-bit unsigned).
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// Message time (UNIX seconds); used for ordering and de-duplication.
    #[serde(rename = "MsgTimeStamp")]
    pub msg_time_stamp: i64,
    /// The message's elements.
    #[serde(rename = "MsgBody")]
    #[wx(non_empty)]
    pub msg_body: Vec<MsgElement>,
    /// Custom data stored with the message.
    #[serde(rename = "CloudCustomData")]
    pub cloud_custom_data: Option<String>,
}
