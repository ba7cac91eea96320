//! `business/typing`: `POST /cgi-bin/message/custom/business/typing`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/introduction/custom.html#%E5%AE%A2%E6%9C%8D%E8%BE%93%E5%85%A5%E7%8A%B6%E6%80%81>.
//! Note: the page names no interface; the name is the path's last two segments. The error rows are
//! those of the newer typing page api_typing (`/cgi-bin/message/custom/typing`, whose fields are the same).
//! Unverified: that the business variant answers the same codes.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// A typing command (`command`).
    pub enum TypingCommand: text {
        /// `Typing`: show "typing" to the user.
        Typing = "Typing",
        /// `CancelTyping`: stop showing it.
        CancelTyping = "CancelTyping",
    }
}

/// Shows or hides the "typing" state to a user on behalf of a customer-service sub-merchant.
#[wx_endpoint(
    name = "business/typing",
    path = "/cgi-bin/message/custom/business/typing",
    errors(
        use CommonError,
        40200 => InvalidAccountType: "the account type does not qualify",
        45072 => InvalidCommand: "invalid command",
        45080 => NoRecentInteraction: "typing needs a message exchanged with the user in the last 30 seconds",
        45081 => AlreadyTyping: "already typing",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct BusinessTyping {
    /// The sub-merchant's id, from `registerbusiness`.
    pub businessid: u64,
    /// The user's openid.
    #[wx(non_empty)]
    pub touser: String,
    /// Show or hide "typing".
    pub command: TypingCommand,
}
