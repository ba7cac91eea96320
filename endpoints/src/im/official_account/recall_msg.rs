//! `official_account_msg_recall`: `POST /v4/official_account_open_http_svc/official_account_msg_recall`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60811>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.

use serde::Deserialize;

use super::OfficialAccountError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Recalls up to 10 messages; `RecallRetList` reports each.
#[wx_endpoint(
    name = "official_account_msg_recall",
    family = im,
    path = "/v4/official_account_open_http_svc/official_account_msg_recall",
    response = RecallResults,
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct RecallOfficialAccountMsg {
    /// The official account: the `OfficialAccountUserID` returned at creation.
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
    /// The keys of the messages to recall (`MsgKey` as sending answered it), at most 10.
    #[wx(non_empty, max_items = 10)]
    pub msg_key_list: Vec<String>,
    /// Why the messages are recalled.
    pub reason: Option<String>,
}

/// One message's recall result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct RecallResult {
    /// The message's key.
    pub msg_key: String,
    /// The recall's result code for this message.
    pub ret_code: i64,
}

/// The results of `official_account_msg_recall`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct RecallResults {
    /// One result per message to recall.
    pub recall_ret_list: Vec<RecallResult>,
}
