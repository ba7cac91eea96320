//! `sendmsg`: `POST /v4/openim/sendmsg`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34919>.
//! Note: the admin sends as itself or as `From_Account`; friendship, blocklists and muting are not
//! checked; `MsgSeq` is the caller's, not unique. `SyncOtherMachine` decides whether the sender's
//! other devices and roaming storage get the message.
//! Unverified: the stored copy of the page ends before its field tables and error table; fields are
//! from the Chinese twin (<https://cloud.tencent.com/document/product/269/2282>) as the doocs SDK
//! records them, error rows from the Error Codes page's message section, and the golden example is
//! reconstructed.

use serde::Deserialize;

use super::types::{CallbackControl, SendMsgControl};
use super::OpenimError;
use crate::im::msg::{MsgElement, OfflinePushInfo};
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Sends a one-to-one message to one user, from the admin or from the account it names.
#[wx_endpoint(
    name = "sendmsg",
    family = im,
    path = "/v4/openim/sendmsg",
    response = SentMsg,
    errors(
        use ImCommonError,
        use OpenimError,
        20001 => InvalidPacket: "invalid request packet; contact support",
        20002 => UserSigExpired: "UserSig or A2 expired; log in again",
        20003 => InvalidAccount: "the sender or recipient UserID is invalid or does not exist",
        20006 => ForbiddenByCallback: "the before-send webhook refused the message",
        20007 => Blocklisted: "the recipient has blocklisted the sender",
        20009 => NotFriends: "sender and recipient are not friends (friend check is on)",
        20010 => NotRecipientsFriend: "the sender is not the recipient's friend",
        20011 => RecipientNotFriend: "the recipient is not the sender's friend",
        20012 => SenderMuted: "the sender is muted",
        80001 => SensitiveText: "the text contains sensitive content; it was not delivered",
        80002 => MessageTooLong: "the message body exceeds 12 KB; make it smaller",
        80003 => CallbackFailed: "the before-send webhook failed or timed out; the message was not sent",
        80004 => SensitiveImage: "the image contains sensitive content; it was not delivered",
        90002 => InvalidMsgBody: "MsgBody is not in the message format or not an array",
        90003 => InvalidToAccount: "To_Account is missing or does not exist",
        90005 => InvalidMsgRandom: "MsgRandom is missing or not an integer",
        90007 => MsgBodyNotArray: "MsgBody is not an array",
        90008 => InvalidFromAccount: "From_Account is missing or does not exist",
        90010 => InvalidMessageFormat: "the request does not match the message format",
        90026 => InvalidMsgLifeTime: "MsgLifeTime is invalid (at most 7 days)",
        90031 => InvalidSyncOtherMachine: "SyncOtherMachine is not an integer",
        90043 => InvalidOfflinePushInfo: "OfflinePushInfo does not match its format",
        90044 => MsgLifeTimeNotInteger: "MsgLifeTime is not an integer",
        90048 => AccountNotFound: "the user account does not exist",
        90992 => CallbackError: "webhook error; check that the app server answers the webhook normally",
        93000 => PacketTooLong: "the JSON packet exceeds 12 KB",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SendMsg {
    /// 1: sync to the sender's devices and roaming (default); 2: do not sync to the sender.
    #[serde(rename = "SyncOtherMachine")]
    #[wx(one_of = [1, 2])]
    pub sync_other_machine: Option<u8>,
    /// The sender's UserID; the admin when unset.
    #[serde(rename = "From_Account")]
    pub from_account: Option<String>,
    /// The recipient's UserID.
    #[serde(rename = "To_Account")]
    #[wx(non_empty)]
    pub to_account: String,
    /// Offline storage time in seconds (at most 7 days, 604800; 0: online users only).
    #[serde(rename = "MsgLifeTime")]
    pub msg_life_time: Option<u32>,
    /// Sequence number chosen by the caller (32-bit unsigned); orders messages within a second.
    #[serde(rename = "MsgSeq")]
    pub msg_seq: Option<u32>,
    /// Random number (32-bit unsigned) used to de-duplicate messages within a second.
    #[serde(rename = "MsgRandom")]
    pub msg_random: u32,
    /// Message time (UNIX seconds); the server's time when unset.
    #[serde(rename = "MsgTimeStamp")]
    pub msg_time_stamp: Option<i64>,
    /// Webhooks to skip for this message.
    #[serde(rename = "ForbidCallbackControl")]
    pub forbid_callback_control: Option<Vec<CallbackControl>>,
    /// Per-message sending options.
    #[serde(rename = "SendMsgControl")]
    pub send_msg_control: Option<Vec<SendMsgControl>>,
    /// The message's elements.
    #[serde(rename = "MsgBody")]
    #[wx(non_empty)]
    pub msg_body: Vec<MsgElement>,
    /// Custom data stored with the message and delivered to the peer.
    #[serde(rename = "CloudCustomData")]
    pub cloud_custom_data: Option<String>,
    /// 1: the message supports message extensions; 0 (default) not.
    #[serde(rename = "SupportMessageExtension")]
    #[wx(one_of = [0, 1])]
    pub support_message_extension: Option<u8>,
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

/// The sent message's time and keys.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct SentMsg {
    /// Message time (UNIX seconds).
    pub msg_time: i64,
    /// The message's key (at most 50 characters), needed to recall or modify it.
    pub msg_key: String,
    /// The message's client-side unique ID.
    pub msg_id: Option<String>,
}
