//! `queryUrlLink`: `POST /wxa/query_urllink`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/url-link/urllink.query.html>.
//! Note: the error table was read on the newer page api_queryurllink.

use super::{CloudBase, LinkEnvVersion, LinkQueryType, LinkQuota};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads an encrypted URL Link's configuration, or the day's remaining visit quota.
#[wx_endpoint(
    name = "queryUrlLink",
    path = "/wxa/query_urllink",
    perm_sets = [88, 115],
    response = UrlLinkQuery,
    idempotent,
    errors(
        use CommonError,
        40097 => InvalidArgs: "invalid arguments",
        85403 => LinkNotFound: "the scheme or URL Link does not exist",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QueryUrlLink {
    /// The encrypted URL Link.
    pub url_link: Option<String>,
    /// What to read (default 0: the link's configuration).
    pub query_type: Option<LinkQueryType>,
}

/// The answer of `queryUrlLink`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UrlLinkQuery {
    /// The link's configuration.
    pub url_link_info: UrlLinkInfo,
    /// The day's remaining visit quota.
    pub quota_info: LinkQuota,
}

/// A URL Link's configuration (`url_link_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UrlLinkInfo {
    /// The Mini Program's AppID.
    pub appid: String,
    /// The page the link opens.
    pub path: String,
    /// The page's query.
    pub query: String,
    /// Unix time the link was created.
    pub create_time: i64,
    /// Unix time the link expires; 0 for never.
    pub expire_time: i64,
    /// The version the link opens.
    pub env_version: Option<LinkEnvVersion>,
    /// The Cloud Base H5 page that relays the link.
    pub cloud_base: Option<CloudBase>,
}
