//! `access_token`: `GET /sns/oauth2/component/access_token`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Before_Develop/Official_Accounts/official_account_website_authorization.html>.
//! Note: the page names no interface; the name is the path's last segment. The request line is
//! `?appid=&code=&grant_type=authorization_code&component_appid=&component_access_token=`: `credential = component` sends the last one.

use super::WebAuthToken;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Exchanges the `code` of a web authorization started on behalf of an Official Account for the user's web access token.
#[wx_endpoint(
    name = "access_token",
    path = "/sns/oauth2/component/access_token",
    method = GET,
    credential = component,
    response = WebAuthToken,
    sensitive,
    errors(
        use CommonError,
        40029 => InvalidCode: "invalid code; it is used once and expires after 5 minutes",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AccessToken {
    /// The Official Account's AppID.
    pub appid: String,
    /// The `code` the authorization redirect carried.
    pub code: String,
    /// Always `authorization_code`.
    pub grant_type: String,
    /// The third-party platform's AppID.
    pub component_appid: String,
}
