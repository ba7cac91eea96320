//! `c2c_msg_read_receipt`: `POST /v4/openim/c2c_msg_read_receipt`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/77776>.
//! Note: when A sent messages to B and B reads them, `Operator_Account` is B, `Peer_Account` is A, and
//! each message's `From_Account` is A and `To_Account` B.
//! Unverified: the stored copy of the page ends inside the response table; no own error rows are
//! declared.

use serde::{Deserialize, Serialize};

use super::OpenimError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Sends read receipts for one-to-one messages on behalf of their recipient.
#[wx_endpoint(
    name = "c2c_msg_read_receipt",
    family = im,
    path = "/v4/openim/c2c_msg_read_receipt",
    errors(use ImCommonError, use OpenimError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct C2cMsgReadReceipt {
    /// The user sending the read receipts (the messages' recipient).
    #[serde(rename = "Operator_Account")]
    #[wx(non_empty)]
    pub operator_account: String,
    /// The other party of the conversation (the messages' sender).
    #[serde(rename = "Peer_Account")]
    #[wx(non_empty)]
    pub peer_account: String,
    /// The messages read.
    #[serde(rename = "C2CMsgInfo")]
    #[wx(non_empty)]
    pub c2c_msg_info: Vec<C2cMsgRef>,
}

/// One message a read receipt is sent for (`C2CMsgInfo` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct C2cMsgRef {
    /// The message's sender; must equal `Peer_Account`.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// The message's recipient; must equal `Operator_Account`.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The message's key.
    #[serde(rename = "MsgKey")]
    pub msg_key: String,
}
