//! `clearComponentQuotaByAppSecret`: `POST /cgi-bin/component/clear_quota/v2`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/openapi/clearComponentQuotaByAppSecret.html>.
//! Note: the request line carries no token (`credential = none`): the AppSecret in the body authenticates, so it works when the token quota is exhausted.
//! Note: 10 resets a month per account, shared with `clear_quota`; `appid` resets an authorized account instead of the platform.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Resets the daily API call quota of the platform, or of one of its authorized accounts, with the platform's AppSecret.
#[wx_endpoint(
    name = "clearComponentQuotaByAppSecret",
    path = "/cgi-bin/component/clear_quota/v2",
    credential = none,
    errors(
        use CommonError,
        40013 => InvalidAppid: "invalid AppID; check it for stray characters and case",
        41002 => AppidMissing: "appid missing",
        41004 => AppSecretMissing: "appsecret missing",
        43007 => NotAuthorized: "the account has not authorized the platform; check the authorization",
        48006 => ClearLimitReached: "quota resets are used up for this month",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ClearComponentQuotaByAppSecret {
    /// The third-party platform's AppID.
    pub component_appid: String,
    /// The third-party platform's AppSecret.
    pub appsecret: Secret,
    /// An authorized account whose quota to reset; the platform's own when left out.
    pub appid: Option<String>,
}
