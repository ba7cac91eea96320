//! `official_account_msg_recall`: `POST /v4/official_account_open_http_svc/official_account_msg_recall`.
//!
//! Fields and limits from `tencent-im.md` (official account table); the error table is the one the
//! documents give for destroy and modify, which the family shares.

use serde::Deserialize;

use super::types::MsgKeyItem;
use crate::wx_endpoint;

/// Recalls up to 10 messages; `RecallRetList` reports each.
#[wx_endpoint(
    name = "official_account_msg_recall",
    family = im,
    path = "/v4/official_account_open_http_svc/official_account_msg_recall",
    response = RecallResults,
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
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "PascalCase")]
pub struct RecallOfficialAccountMsg {
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    /// Items as `{"MsgKey": ...}`, like the family's other lists (the item shape is unverified).
    #[wx(non_empty, max_items = 10)]
    pub msg_key_list: Vec<MsgKeyItem>,
    pub reason: Option<String>,
}

/// One message's recall result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct RecallResult {
    pub msg_key: String,
    pub ret_code: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct RecallResults {
    pub recall_ret_list: Vec<RecallResult>,
}
