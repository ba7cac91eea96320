//! `admin_getroammsg`: `POST /v4/openim/admin_getroammsg`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/35478>.
//! Note: the history is seen from `Operator_Account`'s side (messages it cleared or deleted, and
//! messages sent with `SyncOtherMachine` 2, may be missing); recalled messages carry `MsgFlagBits` 8.
//! Page with `LastMsgKey` until `Complete` is 1.
//! Unverified: the stored copy of the page ends inside the response example; the response fields are
//! from the Chinese twin (<https://cloud.tencent.com/document/product/269/42794>) as the doocs SDK
//! records them, and the golden response is completed from them.

use serde::Deserialize;

use super::OpenimError;
use crate::im::msg::MsgElement;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads a one-to-one conversation's messages within a time range, a page at a time.
#[wx_endpoint(
    name = "admin_getroammsg",
    family = im,
    path = "/v4/openim/admin_getroammsg",
    response = RoamMsgPage,
    idempotent,
    errors(use ImCommonError, use OpenimError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct AdminGetRoamMsg {
    /// The party whose view of the conversation is read.
    #[serde(rename = "Operator_Account")]
    #[wx(non_empty)]
    pub operator_account: String,
    /// The other party of the conversation.
    #[serde(rename = "Peer_Account")]
    #[wx(non_empty)]
    pub peer_account: String,
    /// How many messages to read.
    #[serde(rename = "MaxCnt")]
    pub max_cnt: u32,
    /// Start of the time range (UNIX seconds).
    #[serde(rename = "MinTime")]
    pub min_time: i64,
    /// End of the time range (UNIX seconds).
    #[serde(rename = "MaxTime")]
    pub max_time: i64,
    /// Continue after this message: the previous page's `LastMsgKey`.
    #[serde(rename = "LastMsgKey")]
    pub last_msg_key: Option<String>,
}

/// One message of the history (`MsgList` item).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct RoamMsg {
    /// Sender's UserID.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// Recipient's UserID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// Sequence number (32-bit unsigned).
    pub msg_seq: u32,
    /// Random number (32-bit unsigned).
    pub msg_random: u32,
    /// Message time (UNIX seconds).
    pub msg_time_stamp: i64,
    /// Client time of the message (UNIX seconds), when the server returns it.
    pub msg_client_time: Option<i64>,
    /// 0: normal message; 8: recalled.
    pub msg_flag_bits: i64,
    /// 1: the recipient sent a read receipt; 0: not.
    pub is_peer_read: Option<i64>,
    /// The message's key, e.g. to recall it.
    pub msg_key: String,
    /// The message's elements.
    pub msg_body: Vec<MsgElement>,
    /// Custom data stored with the message.
    pub cloud_custom_data: Option<String>,
}

/// A page of a one-to-one conversation's history.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct RoamMsgPage {
    /// 1: everything in the range was read; 0: continue with `LastMsgKey`.
    pub complete: i64,
    /// Number of messages on this page.
    pub msg_cnt: u64,
    /// Time of the last message on this page.
    pub last_msg_time: i64,
    /// Key of the last message on this page; pass it as `LastMsgKey` to continue.
    pub last_msg_key: String,
    /// The messages.
    pub msg_list: Vec<RoamMsg>,
}
