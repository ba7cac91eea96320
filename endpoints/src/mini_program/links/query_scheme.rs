//! `queryScheme`: `POST /wxa/queryscheme`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/url-scheme/urlscheme.query.html>.
//! Note: encrypted and plain schemes both. The error table was read on the newer page api_queryscheme.

use super::{LinkEnvVersion, LinkQueryType, LinkQuota};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a URL Scheme's configuration, or the day's remaining visit quota.
#[wx_endpoint(
    name = "queryScheme",
    path = "/wxa/queryscheme",
    perm_sets = [88],
    response = SchemeQuery,
    idempotent,
    errors(
        use CommonError,
        40002 => NoPermission: "no permission",
        40097 => InvalidArgs: "invalid arguments",
        40165 => InvalidPagePath: "invalid path",
        40212 => InvalidQuery: "invalid query: use k1=v1&k2=v2",
        85402 => InvalidEnvVersion: "invalid env_version",
        85403 => SchemeNotFound: "the scheme or URL Link does not exist",
        85405 => PlainSchemeNotEnabled: "plain schemes are not enabled for this appid or path",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QueryScheme {
    /// The scheme, encrypted or plain.
    pub scheme: Option<String>,
    /// What to read (default 0: the scheme's configuration).
    pub query_type: Option<LinkQueryType>,
}

/// The answer of `queryScheme`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SchemeQuery {
    /// The scheme's configuration.
    pub scheme_info: SchemeInfo,
    /// The day's remaining visit quota.
    pub quota_info: LinkQuota,
}

/// A scheme's configuration (`scheme_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SchemeInfo {
    /// The Mini Program's AppID.
    pub appid: String,
    /// The page the scheme opens.
    pub path: String,
    /// The page's query.
    pub query: String,
    /// Unix time the scheme was created.
    pub create_time: i64,
    /// Unix time the scheme expires; 0 for never.
    pub expire_time: i64,
    /// The version the scheme opens.
    pub env_version: Option<LinkEnvVersion>,
}
