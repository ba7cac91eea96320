//! `official_account_msg_get_simple`: `POST /v4/official_account_open_http_svc/official_account_msg_get_simple`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60812>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.
//! Unverified: the history items' fields are those of the page's example (its field table was not
//! readable in the stored copies).

use serde::Deserialize;

use super::OfficialAccountError;
use crate::im::msg::MsgElement;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads an official account's message history, newest first, a page at a time.
#[wx_endpoint(
    name = "official_account_msg_get_simple",
    family = im,
    path = "/v4/official_account_open_http_svc/official_account_msg_get_simple",
    response = MsgHistory,
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetOfficialAccountMsgs {
    /// The official account: the `OfficialAccountUserID` returned at creation.
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    /// Continue after this message (the previous page's `LastMsgKey`).
    pub last_msg_key: Option<String>,
    /// How many messages to read.
    pub req_msg_number: Option<u32>,
    /// 1: include recalled messages.
    #[wx(one_of = [0, 1])]
    pub with_recalled_msg: Option<u8>,
}

/// A page of an official account's message history.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct MsgHistory {
    /// The official account the messages belong to.
    #[serde(rename = "Official_Account")]
    pub official_account: String,
    /// 1 when there is nothing older.
    pub is_finished: i64,
    /// The messages, newest first.
    pub rsp_msg_list: Vec<AccountMsg>,
    /// The key of the last message on this page; pass it as `last_msg_key` to continue.
    pub last_msg_key: String,
}

/// One message of an official account's history.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AccountMsg {
    /// The sender.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// 1: nothing is stored at this sequence number any more (expired, failed to store, deleted).
    pub is_place_msg: i64,
    /// The message's elements.
    pub msg_body: Vec<MsgElement>,
    /// The message's sequence number, in the order the server received the messages.
    pub msg_seq: u64,
    /// The message's key, `Seq_1_ServerTime`: recalls name it.
    pub msg_key: String,
    /// When the server received the message (Unix seconds).
    pub msg_time_stamp: i64,
}
