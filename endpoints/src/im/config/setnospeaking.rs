//! `setnospeaking`: `POST /v4/openconfigsvr/setnospeaking`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34923>.
//! Note: a muted sender gets 20012 (one-to-one) or 10017 (group) and the before-send webhooks are not
//! triggered; the mute ends by itself. At least one of the two periods must be set. The page's
//! response example has a trailing comma; the golden data drops it.

use serde::Deserialize;

use super::NoSpeakingError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Sets an account's global mute periods for one-to-one and group messages.
#[wx_endpoint(
    name = "setnospeaking",
    family = im,
    path = "/v4/openconfigsvr/setnospeaking",
    errors(use ImCommonError, use NoSpeakingError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct SetNoSpeaking {
    /// The account to mute or unmute.
    #[serde(rename = "Set_Account")]
    #[wx(non_empty)]
    pub set_account: String,
    /// One-to-one mute period in seconds: 0 unmutes, 4294967295 mutes forever.
    #[serde(rename = "C2CmsgNospeakingTime")]
    pub c2c_msg_nospeaking_time: Option<u32>,
    /// Group mute period in seconds: 0 unmutes, 4294967295 mutes forever.
    #[serde(rename = "GroupmsgNospeakingTime")]
    pub group_msg_nospeaking_time: Option<u32>,
}
