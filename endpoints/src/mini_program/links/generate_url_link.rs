//! `generateUrlLink`: `POST /wxa/generate_urllink`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/url-link/urllink.generate.html>.
//! Note: for Mini Programs of non-personal subjects in mainland China; links last at most 30 days.
//! `is_expire` is in the page's sample but no longer in its table (links always expire now); it is
//! kept optional. The error table was read on the newer page api_generateurllink.

use super::{CloudBase, ExpireType, LinkEnvVersion};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Generates an encrypted URL Link that opens a Mini Program page from SMS, mail, web pages or WeChat.
#[wx_endpoint(
    name = "generateUrlLink",
    path = "/wxa/generate_urllink",
    perm_sets = [88],
    response = UrlLink,
    errors(
        use CommonError,
        40002 => NoPermission: "no permission to generate links (personal-subject Mini Programs have none)",
        40013 => GenerationBanned: "link generation is banned for this appid",
        40165 => InvalidPagePath: "invalid path",
        40212 => InvalidQuery: "invalid query: use k1=v1&k2=v2",
        44990 => TooFrequent: "more than 100 calls a second",
        44993 => DailyLimit: "more than 500,000 encrypted URL Schemes and URL Links today",
        85079 => NotReleased: "the Mini Program has no released version",
        85088 => CloudBaseNotOpened: "Cloud Base is not opened",
        85401 => InvalidExpireTime: "expire_time must be between 1 minute and 30 days away",
        85402 => InvalidEnvVersion: "invalid env_version",
        85406 => DailyVisitLimit: "today's visits of URL Schemes and encrypted URL Links reached the limit",
        85407 => NoSchemePermission: "no permission to generate",
        85408 => AppidBanned: "generation is banned for this appid",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GenerateUrlLink {
    /// A page of the released Mini Program, without query; empty opens the home page.
    pub path: Option<String>,
    /// The query, at most 1024 characters of digits, letters and `!#$&'()*+,/:;=?@-._~%`.
    #[wx(chars = ..=1024)]
    pub query: Option<String>,
    /// Whether the link expires (the page's sample; links always expire now).
    pub is_expire: Option<bool>,
    /// How the link expires (default 0: at `expire_time`).
    pub expire_type: Option<ExpireType>,
    /// Unix time the link expires, at most 30 days away; required for `expire_type` 0.
    pub expire_time: Option<i64>,
    /// Days until the link expires, at most 30; required for `expire_type` 1.
    #[wx(range = 1..=30)]
    pub expire_interval: Option<i64>,
    /// A Cloud Base H5 page to relay the link; the official page when absent.
    pub cloud_base: Option<CloudBase>,
    /// The version opened outside WeChat (default `release`).
    pub env_version: Option<LinkEnvVersion>,
}

/// The answer of `generateUrlLink`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UrlLink {
    /// The generated URL Link.
    pub url_link: String,
}
