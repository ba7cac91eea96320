//! `admin_msgwithdraw`: `POST /v4/openim/admin_msgwithdraw`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/35015>.
//! Note: recalls any one-to-one message, with no time limit, from offline and roaming storage and
//! both clients' caches; it cannot be restored.
//! Unverified: the stored copy of the page ends before its error table; the own rows are from the
//! Error Codes page's message section.

use serde::Deserialize;

use super::OpenimError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Recalls a one-to-one message by its `MsgKey`.
#[wx_endpoint(
    name = "admin_msgwithdraw",
    family = im,
    path = "/v4/openim/admin_msgwithdraw",
    errors(
        use ImCommonError,
        use OpenimError,
        20022 => MessageNotFound: "the message to recall does not exist",
        20023 => AlreadyRecalled: "the message was already recalled",
        90054 => InvalidMsgKey: "MsgKey is missing or malformed",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct AdminMsgWithdraw {
    /// The message sender's UserID.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The message recipient's UserID.
    #[serde(rename = "To_Account")]
    #[wx(non_empty)]
    pub to_account: String,
    /// The message's key, as `sendmsg`, `batchsendmsg`, webhooks or `admin_getroammsg` returned it.
    #[serde(rename = "MsgKey")]
    #[wx(non_empty)]
    pub msg_key: String,
}
