//! `snsRefreshToken`: `GET /sns/oauth2/refresh_token`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/OA_Web_Apps/Wechat_webpage_authorization.html#1>.
//! Note: no token is sent (`credential = none`): the refresh token itself authenticates.
//! Unverified: the name: the newer page (api_snsrefreshtoken) was not captured; `snsRefreshToken` follows its slug and
//! its sibling `snsAccessToken`. The error table was not captured either.

use super::OauthToken;
use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Renews a user's web access token with its refresh token.
#[wx_endpoint(
    name = "snsRefreshToken",
    path = "/sns/oauth2/refresh_token",
    method = GET,
    credential = none,
    response = OauthToken,
    sensitive,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SnsRefreshToken {
    /// The account's AppID.
    pub appid: String,
    /// Always `refresh_token`.
    pub grant_type: String,
    /// The refresh token of an earlier answer (valid 30 days).
    pub refresh_token: Secret,
}
