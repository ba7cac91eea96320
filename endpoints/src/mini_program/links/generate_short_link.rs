//! `generateShortLink`: `POST /wxa/genwxashortlink`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/short-link/shortlink.generate.html>.
//! Note: opens the Mini Program inside WeChat only. The facts were read on the newer page
//! api_generateshortlink.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Generates a Short Link that opens a Mini Program page inside WeChat, expiring or permanent.
#[wx_endpoint(
    name = "generateShortLink",
    path = "/wxa/genwxashortlink",
    perm_sets = [88],
    response = ShortLink,
    errors(
        use CommonError,
        40066 => InvalidUrl: "invalid url: the released Mini Program has no such page",
        40225 => InvalidPageTitle: "invalid page title",
        43104 => NoPermission: "this appid has no permission to call the API",
        45009 => DailyLimit: "more than 10,000,000 Short Links today",
        85400 => PermanentLimit: "permanent schemes or Short Links reached the limit of 100,000",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GenerateShortLink {
    /// A page of the released Mini Program, with its query; at most 1024 characters.
    #[wx(chars = 1..=1024)]
    pub page_url: String,
    /// The link's title; over 20 characters it is cut with `...`.
    pub page_title: Option<String>,
    /// Whether the link is permanent (default false: it expires).
    pub is_permanent: Option<bool>,
}

/// The answer of `generateShortLink`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ShortLink {
    /// The generated Short Link.
    pub link: String,
}
