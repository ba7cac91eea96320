//! `getApiQuota`: `POST /cgi-bin/openapi/quota/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/openApi/get_api_quota.html>.
//! Note: use the token of the account the API belongs to (an authorizer's token for a merchant's APIs);
//! `/sns/...` APIs cannot be queried (76022). Name from the newer page (doc/service/en/api/apimanage/api_getapiquota.html),
//! which adds `rate_limit` and `component_rate_limit` to the answer.
//! Unverified: the fields inside `rate_limit` and `component_rate_limit` (the stored copies end before
//! their tables); the error table beyond 76021 (76022 is named in the page's notes).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads an API's daily call quota for the account: the limit, the calls used and the calls left.
#[wx_endpoint(
    name = "getApiQuota",
    path = "/cgi-bin/openapi/quota/get",
    idempotent,
    response = ApiQuota,
    errors(
        use CommonError,
        76021 => CgiPathNotFound: "cgi_path not found; check it",
        76022 => CgiPathNotAllowed: "this cgi_path cannot be queried with this token (another account type's API, or a /sns/ API)",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetApiQuota {
    /// The API's path, e.g. `/cgi-bin/message/custom/send`: with the leading `/`, without the host.
    #[wx(prefix = "/")]
    pub cgi_path: String,
}

/// The quota `getApiQuota` answers.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ApiQuota {
    /// Today's quota.
    pub quota: QuotaUsage,
    /// The ordinary call rate limit (newer page).
    pub rate_limit: Option<CallRateLimit>,
    /// The rate limit for calls made on the account's behalf by a platform (newer page).
    pub component_rate_limit: Option<CallRateLimit>,
}

/// Today's quota (`quota`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct QuotaUsage {
    /// Calls the account may make today.
    pub daily_limit: u64,
    /// Calls made today.
    pub used: u64,
    /// Calls left today.
    pub remain: u64,
}

/// A call rate limit (`rate_limit`, `component_rate_limit`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CallRateLimit {
    /// Calls allowed in each period.
    pub call_count: u64,
    /// The period, in seconds.
    pub refresh_second: u64,
}
