//! `thirdpartyCode2Session`: `GET /sns/component/jscode2session`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/login/thirdpartyCode2Session.html>.
//! Note: only for Mini Programs authorized to the platform (61003 otherwise); session_key must not
//! travel over the network.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Exchanges a `wx.login` code for the user's openid and session key, on a Mini Program's behalf.
#[wx_endpoint(
    name = "thirdpartyCode2Session",
    path = "/sns/component/jscode2session",
    method = GET,
    credential = component,
    sensitive,
    response = ComponentSession,
    errors(
        use CommonError,
        45011 => RateLimited: "API minute quota reached: call less often and retry next minute",
        40029 => InvalidCode: "invalid js_code",
        61003 => ComponentNotAuthorized: "the Mini Program has not authorized the third-party platform",
        41021 => MissingComponentAccessToken: "component_access_token is missing",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ThirdpartyCode2Session {
    /// The Mini Program's AppID.
    #[wx(non_empty)]
    pub appid: String,
    /// `authorization_code`.
    #[wx(non_empty)]
    pub grant_type: String,
    /// The third-party platform's AppID.
    #[wx(non_empty)]
    pub component_appid: String,
    /// The code `wx.login` returned.
    #[wx(non_empty)]
    pub js_code: String,
}

/// The user's session, as `thirdpartyCode2Session` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ComponentSession {
    /// The session key that signs and encrypts user data; keep it on the server.
    pub session_key: Secret,
    /// The user's openid in the Mini Program.
    pub openid: String,
    /// The user's unionid on the Open Platform, when the UnionID conditions are met.
    pub unionid: Option<String>,
}
