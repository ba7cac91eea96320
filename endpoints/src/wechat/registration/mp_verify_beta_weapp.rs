//! `mpverifybetaweapp`: `POST /wxa/mpverifybetaweapp`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/verify_beta_Mini_Programs/mpverifybetaweapp.html>.
//! Note: the page names no interface; the name is the path's last segment. Called with the trial Mini Program's authorizer token and the
//! `ticket` obtained through `getmpadminauth`.
//! Unverified: page not captured (facts from the golden entry and the verification flow); error table unknown.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Verifies a trial Mini Program by reusing a verified Official Account's subject.
#[wx_endpoint(
    name = "mpverifybetaweapp",
    path = "/wxa/mpverifybetaweapp",
    response = MpVerifyBetaWeappResult,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct MpVerifyBetaWeapp {
    /// The Official Account's AppID.
    pub mp_appid: String,
    /// The ticket from the Official Account administrator's authorization.
    pub ticket: String,
}

/// The answer of `mpverifybetaweapp`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MpVerifyBetaWeappResult {
    /// A URL to open to continue, when the answer carries one.
    pub authorize_url: String,
}
