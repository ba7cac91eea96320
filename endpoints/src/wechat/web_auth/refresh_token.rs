//! `refresh_token`: `GET /sns/oauth2/component/refresh_token`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Official_Accounts/official_account_website_authorization.html>.
//! Note: the page names no interface; the name is the path's last segment. The request line is
//! `?appid=&grant_type=refresh_token&component_appid=&component_access_token=&refresh_token=`: `credential = component` sends `component_access_token`.
//! Unverified: the page lists no error codes for this step.

use super::WebAuthToken;
use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Renews a user's web access token (obtained on behalf of an Official Account) with its refresh token.
#[wx_endpoint(
    name = "refresh_token",
    path = "/sns/oauth2/component/refresh_token",
    method = GET,
    credential = component,
    response = WebAuthToken,
    sensitive,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RefreshToken {
    /// The Official Account's AppID.
    pub appid: String,
    /// Always `refresh_token`.
    pub grant_type: String,
    /// The third-party platform's AppID.
    pub component_appid: String,
    /// The `refresh_token` of the earlier answer (valid 30 days).
    pub refresh_token: Secret,
}
