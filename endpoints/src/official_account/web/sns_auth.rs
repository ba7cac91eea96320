//! `snsAuth`: `GET /sns/auth`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/Wechat_webpage_authorization.html#4>.
//! Note: name, fields and error table from the newer page doc/service/api/webdev/access/api_snsauth.html; the request's
//! `access_token` is the user's web token, so no managed token is sent (`credential = none`).

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Checks that a user's web access token is still valid (success means valid).
#[wx_endpoint(
    name = "snsAuth",
    path = "/sns/auth",
    method = GET,
    credential = none,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid: not a follower's OpenID, or one of another account",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnsAuth {
    /// The user's web access token (from `snsAccessToken`).
    pub access_token: Secret,
    /// The user's OpenID.
    pub openid: String,
}
