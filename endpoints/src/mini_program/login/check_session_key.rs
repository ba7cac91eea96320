//! `checkSessionKey`: `GET /wxa/checksession`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/checkSessionKey.html>.
//! Note: `session_key` never travels; `signature` is `hmac_sha256(session_key, "")`.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Checks whether the session key the server keeps for a user is still valid, by its signature.
#[wx_endpoint(
    name = "checkSessionKey",
    path = "/wxa/checksession",
    method = GET,
    perm_sets = [18],
    errors(
        use CommonError,
        87009 => InvalidSignature: "invalid signature: the session key is no longer valid",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CheckSessionKey {
    /// The user's openid.
    #[wx(non_empty)]
    pub openid: String,
    /// `hmac_sha256(session_key, "")`, hex.
    #[wx(non_empty)]
    pub signature: String,
    /// The signature's hash method; only `hmac_sha256`.
    #[wx(non_empty)]
    pub sig_method: String,
}

impl CheckSessionKey {
    /// The request for `openid`, signed with the user's `session_key`.
    pub fn signed(openid: impl Into<String>, session_key: &Secret) -> Self {
        let (signature, sig_method) = super::session_proof(session_key);
        CheckSessionKey { openid: openid.into(), signature, sig_method }
    }
}
