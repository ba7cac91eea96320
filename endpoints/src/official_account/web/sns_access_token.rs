//! `snsAccessToken`: `GET /sns/oauth2/access_token`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/Wechat_webpage_authorization.html#1>.
//! Note: name and fields from the newer page doc/service/api/webdev/access/api_snsaccesstoken.html; the account's own
//! AppSecret authenticates, no token is sent (`credential = none`); third-party platforms use `/sns/oauth2/component/access_token`.
//! Unverified: the error table was not captured; 40029 is the older page's error sample.

use super::OauthToken;
use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Exchanges a web authorization `code` for the user's web access token and OpenID.
#[wx_endpoint(
    name = "snsAccessToken",
    path = "/sns/oauth2/access_token",
    method = GET,
    credential = none,
    response = OauthToken,
    sensitive,
    errors(
        use CommonError,
        40029 => InvalidCode: "invalid code; it is used once and expires after 5 minutes",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnsAccessToken {
    /// The account's AppID.
    pub appid: String,
    /// The account's AppSecret.
    pub secret: Secret,
    /// The `code` the authorization redirect carried.
    pub code: String,
    /// Always `authorization_code`.
    pub grant_type: String,
}
