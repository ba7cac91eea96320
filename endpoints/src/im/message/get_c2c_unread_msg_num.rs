//! `get_c2c_unread_msg_num`: `POST /v4/openim/get_c2c_unread_msg_num`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/41046>.
//! Unverified: the stored copy of the page ends before its error table; no own rows are declared.

use serde::Deserialize;

use super::OpenimError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads a user's total one-to-one unread count, or the unread counts of up to 10 conversations.
#[wx_endpoint(
    name = "get_c2c_unread_msg_num",
    family = im,
    path = "/v4/openim/get_c2c_unread_msg_num",
    response = C2cUnreadCounts,
    idempotent,
    errors(use ImCommonError, use OpenimError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetC2cUnreadMsgNum {
    /// The user whose unread counts to read.
    #[serde(rename = "To_Account")]
    #[wx(non_empty)]
    pub to_account: String,
    /// The conversations' peers (at most 10); unset: the total of all conversations.
    #[serde(rename = "Peer_Account")]
    #[wx(max_items = 10)]
    pub peer_account: Option<Vec<String>>,
}

/// One conversation's unread count (`C2CUnreadMsgNumList` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct C2cUnreadCount {
    /// The conversation's peer.
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    /// Unread messages in the conversation.
    #[serde(rename = "C2CUnreadMsgNum")]
    pub c2c_unread_msg_num: u64,
}

/// One peer that could not be queried (`ErrorList` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct C2cUnreadError {
    /// The peer that failed.
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    /// Its error code (70107: the account does not exist).
    #[serde(rename = "ErrorCode")]
    pub error_code: Option<i64>,
}

impl C2cUnreadError {
    /// This peer's own failure code.
    pub fn failure(&self) -> Option<i64> {
        self.error_code.filter(|&code| code != 0)
    }
}

/// The unread counts read by `get_c2c_unread_msg_num`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct C2cUnreadCounts {
    /// Total unread one-to-one messages (when no peers were given).
    #[serde(rename = "AllC2CUnreadMsgNum")]
    pub all_c2c_unread_msg_num: Option<u64>,
    /// Unread counts per requested conversation.
    #[serde(rename = "C2CUnreadMsgNumList")]
    pub c2c_unread_msg_num_list: Vec<C2cUnreadCount>,
    /// The peers that could not be queried.
    #[serde(rename = "ErrorList")]
    pub error_list: Vec<C2cUnreadError>,
}
