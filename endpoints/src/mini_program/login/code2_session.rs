//! `code2Session`: `GET /sns/jscode2session`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html>.
//! Note: called with the Mini Program's own AppID and AppSecret as query fields and no token
//! (`credential = none`); the answer carries the session key (`sensitive`). A third-party platform
//! uses `thirdpartyCode2Session` (`/sns/component/jscode2session`) instead.
//! Note: the facts were read on the newer page api_code2session (same request line and tables).

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Exchanges a `wx.login` code for the user's openid, unionid and session key.
#[wx_endpoint(
    name = "code2Session",
    path = "/sns/jscode2session",
    method = GET,
    credential = none,
    sensitive,
    response = Code2SessionResult,
    errors(
        use CommonError,
        40029 => InvalidCode: "invalid js_code",
        40226 => CodeBlocked: "high-risk user: the Mini Program login was intercepted",
        45011 => RateLimited: "API minute quota reached: call less often and retry next minute",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Code2Session {
    /// The Mini Program's AppID.
    #[wx(non_empty)]
    pub appid: String,
    /// The Mini Program's AppSecret.
    pub secret: Secret,
    /// The code `wx.login` returned.
    #[wx(non_empty)]
    pub js_code: String,
    /// Always `authorization_code`.
    #[wx(non_empty)]
    pub grant_type: String,
}

/// The user's session, as `code2Session` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Code2SessionResult {
    /// The session key; keep it on the server.
    pub session_key: Secret,
    /// The user's unionid, when the Mini Program is bound to an Open Platform account.
    pub unionid: Option<String>,
    /// The user's openid in the Mini Program.
    pub openid: String,
}
