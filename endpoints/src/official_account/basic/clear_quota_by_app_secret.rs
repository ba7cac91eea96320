//! `clearQuotaByAppSecret`: `POST /cgi-bin/clear_quota/v2`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/openApi/clearQuotaByAppSecret.html>.
//! Note: the request line carries no token (`credential = none`): the AppSecret authenticates, so it works when
//! the token quota is exhausted. Third-party platforms cannot call it (they use `clearComponentQuotaByAppSecret`).
//! Note: 10 resets a month per account, shared with `clear_quota`; POST only.
//! Unverified: the newer page (doc/service/en/api/apimanage/api_clearquotabyappsecret.html) puts `appid` and
//! `appsecret` in the body, while a copy of the old page's example sends them as query parameters.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Resets the account's daily API call quotas with its AppSecret.
#[wx_endpoint(
    name = "clearQuotaByAppSecret",
    path = "/cgi-bin/clear_quota/v2",
    credential = none,
    errors(
        use CommonError,
        40013 => InvalidAppid: "invalid AppID; check it for stray characters and case",
        41004 => AppSecretMissing: "appsecret missing",
        41002 => AppidMissing: "appid missing",
        48006 => ClearLimitReached: "quota resets are used up for this month",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ClearQuotaByAppSecret {
    /// The AppID of the account whose quotas to reset.
    pub appid: String,
    /// The account's AppSecret.
    pub appsecret: Secret,
}
