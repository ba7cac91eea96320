//! `massSend`: `POST /cgi-bin/message/mass/send`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html#3>.
//! Note: the interface name, permission set and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/message/api_masssend.html>: articles go through an
//! originality check (`send_ignore_reprint`).
//! Unverified: the table was cut after `wxcard` in the stored copy: `clientmsgid` follows the older page (as
//! quoted by third parties; 45065, 45066 and 45067 from there); the rest of the error table was not readable.

use super::{MassCard, MassImages, MassMedia, MassMessageType, MassSent, MassText, MassVideo};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sends a mass message to a list of 2 to 10000 followers.
#[wx_endpoint(
    name = "massSend",
    path = "/cgi-bin/message/mass/send",
    perm_sets = [7],
    response = MassSent,
    errors(
        use CommonError,
        45065 => DuplicateClientMsgId: "a mass message with this clientmsgid exists within 24 hours",
        45066 => ClientMsgIdRetryTooFast: "retried with the same clientmsgid too fast: wait a minute",
        45067 => ClientMsgIdTooLong: "clientmsgid is too long",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MassSend {
    /// The followers' OpenIDs, 2 to 10000.
    #[wx(non_empty, max_items = 10000)]
    pub touser: Vec<String>,
    /// The message type; the object of the same name carries the content.
    pub msgtype: MassMessageType,
    /// Whether to send articles judged reprints (when the original allows it): 1 send, 0 stop (default).
    #[wx(one_of = [0, 1])]
    pub send_ignore_reprint: Option<u8>,
    /// Articles (`mpnews`).
    pub mpnews: Option<MassMedia>,
    /// Text (`text`).
    pub text: Option<MassText>,
    /// Voice (`voice`).
    pub voice: Option<MassMedia>,
    /// Images (`image`).
    pub images: Option<MassImages>,
    /// Video (`mpvideo`).
    pub mpvideo: Option<MassVideo>,
    /// Card (`wxcard`).
    pub wxcard: Option<MassCard>,
    /// A caller-chosen id: a second mass message with it within 24 hours is refused (45065).
    pub clientmsgid: Option<String>,
}
