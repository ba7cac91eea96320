//! `preview`: `POST /cgi-bin/message/mass/preview`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html#5>.
//! Note: the interface name, permission set and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/message/api_preview>; previews to a WeChat ID are
//! limited to 100 a day; `towxname` wins when both are set.
//! Unverified: the page's return table and error table were not readable in the stored copy; `msg_id` follows
//! the older page (as quoted by third parties).

use super::{MassCard, MassMedia, MassMessageType, MassText, MassVideo};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sends a mass message to one user to check its layout on the phone.
#[wx_endpoint(
    name = "preview",
    path = "/cgi-bin/message/mass/preview",
    perm_sets = [7],
    response = MassPreviewed,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Preview {
    /// The user's OpenID (or `towxname`).
    pub touser: Option<String>,
    /// The user's WeChat ID (or `touser`).
    pub towxname: Option<String>,
    /// The message type; the object of the same name carries the content.
    pub msgtype: MassMessageType,
    /// Articles (`mpnews`).
    pub mpnews: Option<MassMedia>,
    /// Text (`text`).
    pub text: Option<MassText>,
    /// Voice (`voice`).
    pub voice: Option<MassMedia>,
    /// Music (`music`).
    pub music: Option<MassMedia>,
    /// Image (`image`).
    pub image: Option<MassMedia>,
    /// Video (`mpvideo`).
    pub mpvideo: Option<MassVideo>,
    /// Card (`wxcard`).
    pub wxcard: Option<MassCard>,
}

/// The preview sent by `preview`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MassPreviewed {
    /// The message's id.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub msg_id: u64,
}
