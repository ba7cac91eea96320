//! `send_official_account_msg`: `POST /v4/official_account_open_http_svc/send_official_account_msg`.
//!
//! Fields and limits from `tencent-im.md` (official account table); the error table is the one the
//! documents give for destroy and modify, which the family shares.

use serde::Deserialize;

use super::types::MsgElement;
use crate::wx_endpoint;

/// Broadcasts a message to the subscribers (at most 1 per second and 2 broadcasts per hour per account; identical content within 5 minutes with the same `Random` is dropped).
#[wx_endpoint(
    name = "send_official_account_msg",
    family = im,
    path = "/v4/official_account_open_http_svc/send_official_account_msg",
    response = SentMsg,
    errors(
        6017 => InvalidParameter: "invalid request parameter; modify and retry",
        10004 => InternalError: "internal server error; try again",
        20001 => InvalidPacket: "invalid request packet; modify and retry",
        20005 => ServerError: "internal server error; try again",
        130002 => InsufficientPermission: "insufficient operation permissions; check the request parameters against the error message",
        130004 => AccountNotFound: "the official account does not exist, or existed and was terminated",
        130007 => InvalidAccountId: "incorrect official account user ID; modify and retry",
        130008 => AccountIdTaken: "the official account user ID is already in use; modify and retry",
        131000 => ServiceNotEnabled: "the official account service is not enabled for this app; enable it and retry",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq)]
#[serde(rename_all = "PascalCase")]
pub struct SendOfficialAccountMsg {
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    /// De-duplicates re-sends within 5 minutes.
    pub random: u32,
    #[wx(non_empty)]
    pub msg_body: Vec<MsgElement>,
    pub cloud_custom_data: Option<String>,
    /// Push settings, as the IM documents describe them.
    pub offline_push_info: Option<serde_json::Value>,
    /// 1: only online subscribers receive it.
    #[wx(one_of = [0, 1])]
    pub online_only_flag: Option<u8>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct SentMsg {
    pub msg_time: i64,
    /// Needed to recall the message.
    pub msg_key: String,
}
