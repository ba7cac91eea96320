//! `getnospeaking`: `POST /v4/openconfigsvr/getnospeaking`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34924>.
//! Unverified: the stored copy ends before the examples, field and error tables; the fields are from
//! the Chinese twin (<https://cloud.tencent.com/document/product/269/4229>) as the doocs SDK records
//! them, and the golden example is reconstructed.

use serde::Deserialize;

use super::NoSpeakingError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads an account's global mute periods for one-to-one and group messages.
#[wx_endpoint(
    name = "getnospeaking",
    family = im,
    path = "/v4/openconfigsvr/getnospeaking",
    response = NoSpeaking,
    idempotent,
    errors(use ImCommonError, use NoSpeakingError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetNoSpeaking {
    /// The account to read.
    #[serde(rename = "Get_Account")]
    #[wx(non_empty)]
    pub get_account: String,
}

/// An account's global mute periods.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct NoSpeaking {
    /// One-to-one mute period in seconds (0: not muted; 4294967295: muted forever).
    #[serde(rename = "C2CmsgNospeakingTime")]
    pub c2c_msg_nospeaking_time: u64,
    /// Group mute period in seconds (0: not muted; 4294967295: muted forever).
    #[serde(rename = "GroupmsgNospeakingTime")]
    pub group_msg_nospeaking_time: u64,
}
