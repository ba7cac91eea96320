//! `typing`: `POST /cgi-bin/message/custom/typing`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html#8>.
//! Note: the interface name, permission sets and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/customer/message/api_typing> and its subscription-account
//! twin (which adds `businessid`); Mini Programs call `/cgi-bin/message/custom/business/typing` instead.
//! Unverified: the page's error table was cut after 40200 in the stored copy; 45072, 45080 and 45081 come
//! from the Mini Program twin (`setTyping`).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Shows or cancels the "typing" state to a follower (needs a message exchange within the last 30 seconds; lasts 15 seconds).
#[wx_endpoint(
    name = "typing",
    path = "/cgi-bin/message/custom/typing",
    perm_sets = [1, 6, 19, 100..=101],
    errors(
        use CommonError,
        40200 => InvalidAccountType: "invalid account type",
        45072 => InvalidCommand: "invalid command",
        45080 => NoRecentInteraction: "typing needs a message exchange with the user within the last 30 seconds",
        45081 => AlreadyTyping: "already typing: the state cannot be sent again",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Typing {
    /// The follower's OpenID.
    #[wx(non_empty)]
    pub touser: String,
    /// Show or cancel the state.
    pub command: TypingCommand,
    /// The customer-service sub-merchant's id; left out for ordinary accounts.
    pub businessid: Option<String>,
}

crate::wire_enum! {
    /// What `typing` does (`command`).
    pub enum TypingCommand: text {
        /// `Typing`: shows "typing" to the follower.
        Typing = "Typing",
        /// `CancelTyping`: cancels it.
        CancelTyping = "CancelTyping",
    }
}
