//! Types shared by the one-to-one message commands.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// A per-message sending option (`SendMsgControl` item).
    pub enum SendMsgControl: text {
        /// The message does not count as unread.
        NoUnread = "NoUnread",
        /// The message does not update the conversation list.
        NoLastMsg = "NoLastMsg",
        /// The recipient's do-not-disturb setting for the sender applies (off by default).
        WithMuteNotifications = "WithMuteNotifications",
        /// With cloud moderation on, the message is not moderated.
        NoMsgCheck = "NoMsgCheck",
    }
}

crate::wire_enum! {
    /// A webhook to skip for this message (`ForbidCallbackControl` item).
    pub enum CallbackControl: text {
        /// Skip the before-send webhook.
        ForbidBeforeSendMsgCallback = "ForbidBeforeSendMsgCallback",
        /// Skip the after-send webhook.
        ForbidAfterSendMsgCallback = "ForbidAfterSendMsgCallback",
    }
}

/// One account a batch could not serve (`ErrorList` item): `{"To_Account": ..., "ErrorCode": ...}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountError {
    /// The account that failed.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// Its error code (70107: the account does not exist).
    #[serde(rename = "ErrorCode")]
    pub error_code: Option<i64>,
}

impl AccountError {
    /// This account's own failure code.
    pub fn failure(&self) -> Option<i64> {
        self.error_code.filter(|&code| code != 0)
    }
}
