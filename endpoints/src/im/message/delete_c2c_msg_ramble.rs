//! `delete_c2c_msg_ramble`: `POST /v4/openim/delete_c2c_msg_ramble`.
//!
//! Source (Chinese; no English page found): <https://cloud.tencent.com/document/product/269/101439>.
//! Note: deletes on one side only: `Operator_Account` no longer sees the messages, the peer still does.
//! Unverified: the stored copy of the page ends inside the request example; the response field
//! (`InvalidMsgKeyList`) is from the doocs SDK, the limit of 30 keys from the doocs SDK's copy of the
//! table, and the golden example is completed from them.

use serde::Deserialize;

use super::OpenimError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes up to 30 messages of a one-to-one conversation for one of its parties only.
#[wx_endpoint(
    name = "delete_c2c_msg_ramble",
    family = im,
    path = "/v4/openim/delete_c2c_msg_ramble",
    response = DeletedC2cMsgs,
    errors(use ImCommonError, use OpenimError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct DeleteC2cMsgRamble {
    /// The party deleting the messages.
    #[serde(rename = "Operator_Account")]
    #[wx(non_empty)]
    pub operator_account: String,
    /// The other party of the conversation.
    #[serde(rename = "Peer_Account")]
    #[wx(non_empty)]
    pub peer_account: String,
    /// Keys of the messages to delete (at most 30).
    #[serde(rename = "MsgKeyList")]
    #[wx(non_empty, max_items = 30)]
    pub msg_key_list: Vec<String>,
}

/// The result of `delete_c2c_msg_ramble`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct DeletedC2cMsgs {
    /// The request's malformed message keys.
    pub invalid_msg_key_list: Vec<String>,
}
