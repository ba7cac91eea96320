//! `verifySignature`: `POST /cgi-bin/soter/verify_signature`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/soter/soter.verifySignature.html>.
//! Note: the interface name is the newer page's (api_verifysignature), which says third-party
//! platforms cannot call it: the Mini Program's own token.
//! Unverified: the page's error table was not captured beyond 40001.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Verifies a SOTER biometric-authentication signature.
#[wx_endpoint(
    name = "verifySignature",
    path = "/cgi-bin/soter/verify_signature",
    credential = app,
    response = SignatureVerification,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct VerifySignature {
    /// The user's OpenID.
    #[wx(non_empty)]
    pub openid: String,
    /// The `resultJSON` from `wx.startSoterAuthentication`'s success callback.
    #[wx(non_empty)]
    pub json_string: String,
    /// The `resultJSONSignature` from `wx.startSoterAuthentication`'s success callback.
    #[wx(non_empty)]
    pub json_signature: String,
}

/// The verification, as `verifySignature` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SignatureVerification {
    /// Whether the signature is valid.
    pub is_ok: bool,
}
