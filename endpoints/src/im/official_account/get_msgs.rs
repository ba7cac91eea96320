//! `official_account_msg_get_simple`: `POST /v4/official_account_open_http_svc/official_account_msg_get_simple`.
//!
//! Fields and limits from `tencent-im.md` (official account table); the error table is the one the
//! documents give for destroy and modify, which the family shares.

use serde::Deserialize;

use crate::wx_endpoint;

/// Reads an official account's message history, newest first, a page at a time.
#[wx_endpoint(
    name = "official_account_msg_get_simple",
    family = im,
    path = "/v4/official_account_open_http_svc/official_account_msg_get_simple",
    response = MsgHistory,
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
pub struct GetOfficialAccountMsgs {
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    /// Continue after this message (the previous page's `LastMsgKey`).
    pub last_msg_key: Option<String>,
    pub req_msg_number: Option<u32>,
    /// 1: include recalled messages.
    #[wx(one_of = [0, 1])]
    pub with_recalled_msg: Option<u8>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct MsgHistory {
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// 1 when there is nothing older.
    pub is_finished: i64,
    /// The messages, as the IM documents shape them.
    pub rsp_msg_list: Vec<serde_json::Value>,
    pub last_msg_key: String,
}
