//! `modify_c2c_msg`: `POST /v4/openim/modify_c2c_msg`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/47722>.
//! Note: the given `MsgBody` and/or `CloudCustomData` overwrite the message's; this cannot be undone.
//! Unverified: the stored copy of the page ends before its response and error tables; the own rows
//! are from the Error Codes page's message section.

use serde::Deserialize;

use super::OpenimError;
use crate::im::msg::MsgElement;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Overwrites the body and/or custom data of a historical one-to-one message.
#[wx_endpoint(
    name = "modify_c2c_msg",
    family = im,
    path = "/v4/openim/modify_c2c_msg",
    errors(
        use ImCommonError,
        use OpenimError,
        20022 => MessageNotFound: "the message does not exist",
        20027 => VersionConflict: "message version conflict; read the latest message and retry",
        20028 => ConcurrentModification: "concurrent modifications conflicted; retry",
        90054 => InvalidMsgKey: "MsgKey is missing or malformed",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ModifyC2cMsg {
    /// The message sender's UserID.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The message recipient's UserID.
    #[serde(rename = "To_Account")]
    #[wx(non_empty)]
    pub to_account: String,
    /// The key of the message to modify.
    #[serde(rename = "MsgKey")]
    #[wx(non_empty)]
    pub msg_key: String,
    /// The new message body.
    #[serde(rename = "MsgBody")]
    pub msg_body: Option<Vec<MsgElement>>,
    /// The new custom data.
    #[serde(rename = "CloudCustomData")]
    pub cloud_custom_data: Option<String>,
}
