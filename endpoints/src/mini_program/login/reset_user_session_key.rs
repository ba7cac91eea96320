//! `ResetUserSessionKey`: `GET /wxa/resetusersessionkey`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/ResetUserSessionKey.html>.
//! Note: the old session key stops working; the new one keeps the old expiry. At most 60000 calls a
//! minute per Mini Program; do not reset the same user's session often. The error table was read on
//! the newer page api_resetusersessionkey.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Resets a user's session key, proven by its signature, and answers the new session key.
#[wx_endpoint(
    name = "ResetUserSessionKey",
    path = "/wxa/resetusersessionkey",
    method = GET,
    perm_sets = [18],
    sensitive,
    response = ResetSession,
    errors(
        use CommonError,
        40097 => InvalidArgs: "invalid arguments",
        45011 => RateLimited: "API minute quota reached: call less often and retry next minute",
        87007 => SessionKeyNotFound: "the session key does not exist or has expired",
        87008 => InvalidSigMethod: "invalid sig_method",
        87009 => InvalidSignature: "invalid signature",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ResetUserSessionKey {
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

impl ResetUserSessionKey {
    /// The request for `openid`, signed with the user's `session_key`.
    pub fn signed(openid: impl Into<String>, session_key: &Secret) -> Self {
        let (signature, sig_method) = super::session_proof(session_key);
        ResetUserSessionKey { openid: openid.into(), signature, sig_method }
    }
}

/// The reset session, as `ResetUserSessionKey` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ResetSession {
    /// The user's openid.
    pub openid: String,
    /// The new session key; keep it on the server.
    pub session_key: Secret,
}
