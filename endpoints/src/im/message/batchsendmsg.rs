//! `batchsendmsg`: `POST /v4/openim/batchsendmsg`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34920>.
//! Note: at most 500 recipients; no webhooks are triggered; friendship, blocklists and muting are not
//! checked. The accounts that failed are listed in `ErrorList`.
//! Unverified: the stored copy of the page ends before its field tables and error table; fields are
//! from the Chinese twin (<https://cloud.tencent.com/document/product/269/1612>) as the doocs SDK
//! records them, error rows from the Error Codes page's message section, and the golden example is
//! reconstructed.

use serde::Deserialize;

use super::types::{AccountError, SendMsgControl};
use super::OpenimError;
use crate::im::msg::{MsgElement, OfflinePushInfo};
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Sends one one-to-one message to up to 500 users; the accounts that failed are listed.
#[wx_endpoint(
    name = "batchsendmsg",
    family = im,
    path = "/v4/openim/batchsendmsg",
    response = BatchSentMsg,
    errors(
        use ImCommonError,
        use OpenimError,
        80002 => MessageTooLong: "the message body exceeds 12 KB; make it smaller",
        90002 => InvalidMsgBody: "MsgBody is not in the message format or not an array",
        90008 => InvalidFromAccount: "From_Account is missing or does not exist",
        90010 => InvalidMessageFormat: "the request does not match the message format",
        90011 => TooManyRecipients: "To_Account lists more than 500 accounts",
        90012 => ToAccountNotFound: "a To_Account is not imported or is misspelled",
        90026 => InvalidMsgLifeTime: "MsgLifeTime is invalid (at most 7 days)",
        90028 => ToAccountNotArray: "To_Account is not an array",
        90029 => ToAccountEmpty: "To_Account is an empty array",
        90031 => InvalidSyncOtherMachine: "SyncOtherMachine is not an integer",
        90043 => InvalidOfflinePushInfo: "OfflinePushInfo does not match its format",
        90044 => MsgLifeTimeNotInteger: "MsgLifeTime is not an integer",
        90055 => BatchMessageTooLong: "the batch message body exceeds 12 KB",
        90057 => BatchRateLimited: "batch sending rate limit exceeded; slow down or raise it in the console",
        93000 => PacketTooLong: "the JSON packet exceeds 12 KB",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BatchSendMsg {
    /// 1: sync to the sender's devices and roaming (default); 2: do not sync to the sender.
    #[serde(rename = "SyncOtherMachine")]
    #[wx(one_of = [1, 2])]
    pub sync_other_machine: Option<u8>,
    /// The sender's UserID; the admin when unset.
    #[serde(rename = "From_Account")]
    pub from_account: Option<String>,
    /// The recipients' UserIDs (at most 500).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 500)]
    pub to_account: Vec<String>,
    /// Offline storage time in seconds (at most 7 days; 0: online users only, no history).
    #[serde(rename = "MsgLifeTime")]
    pub msg_life_time: Option<u32>,
    /// Sequence number chosen by the caller (32-bit unsigned).
    #[serde(rename = "MsgSeq")]
    pub msg_seq: Option<u32>,
    /// Random number (32-bit unsigned) used to de-duplicate messages.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// The message's elements.
    #[serde(rename = "MsgBody")]
    #[wx(non_empty)]
    pub msg_body: Vec<MsgElement>,
    /// Custom data stored with the message and delivered to the peers.
    #[serde(rename = "CloudCustomData")]
    pub cloud_custom_data: Option<String>,
    /// Per-request sending options.
    #[serde(rename = "SendMsgControl")]
    pub send_msg_control: Option<Vec<SendMsgControl>>,
    /// Offline push settings.
    #[serde(rename = "OfflinePushInfo")]
    pub offline_push_info: Option<OfflinePushInfo>,
    /// 1: the message asks for a read receipt; 0 (default) not.
    #[serde(rename = "IsNeedReadReceipt")]
    #[wx(one_of = [0, 1])]
    pub is_need_read_receipt: Option<u8>,
    /// 1: deliver to online recipients only, keep no history; 0 (default) normal.
    #[serde(rename = "OnlineOnlyFlag")]
    #[wx(one_of = [0, 1])]
    pub online_only_flag: Option<u8>,
}

/// The batch's message key and the accounts that failed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct BatchSentMsg {
    /// The message's key, needed to recall it.
    pub msg_key: String,
    /// The message's client-side unique ID.
    pub msg_id: Option<String>,
    /// The recipients the message failed for (70107: no such account); empty when all succeeded.
    pub error_list: Vec<AccountError>,
}
