//! `generateScheme`: `POST /wxa/generatescheme`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/url-scheme/urlscheme.generate.html>.
//! Note: for Mini Programs of non-personal subjects in mainland China; schemes last at most 30 days.
//! `is_expire` is in the page's sample but no longer in its table; it is kept optional. The error
//! table was read on the newer page api_generatescheme.

use super::{ExpireType, JumpWxa};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Generates an encrypted URL Scheme that opens a Mini Program page from SMS, mail, web pages or WeChat.
#[wx_endpoint(
    name = "generateScheme",
    path = "/wxa/generatescheme",
    perm_sets = [88],
    response = Openlink,
    errors(
        use CommonError,
        40002 => NoPermission: "no permission to generate schemes (personal-subject Mini Programs have none)",
        40013 => GenerationBanned: "scheme generation is banned for this appid",
        40165 => InvalidPagePath: "invalid path",
        40212 => InvalidQuery: "invalid query: use k1=v1&k2=v2",
        44990 => TooFrequent: "more than 100 calls a second",
        44993 => DailyLimit: "more than 500,000 encrypted URL Schemes and URL Links today",
        85079 => NotReleased: "the Mini Program has no released version",
        85401 => InvalidExpireTime: "expire_time must be between 1 minute and 30 days away",
        85402 => InvalidEnvVersion: "invalid env_version",
        85406 => DailyVisitLimit: "today's visits of URL Schemes and encrypted URL Links reached the limit",
        85407 => NoSchemePermission: "no permission to generate",
        85408 => AppidBanned: "generation is banned for this appid",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GenerateScheme {
    /// The page the scheme opens.
    pub jump_wxa: Option<JumpWxa>,
    /// Whether the scheme expires (the page's sample; schemes always expire now).
    pub is_expire: Option<bool>,
    /// Unix time the scheme expires, at most 30 days away; required for `expire_type` 0.
    pub expire_time: Option<i64>,
    /// How the scheme expires (default 0: at `expire_time`).
    pub expire_type: Option<ExpireType>,
    /// Days until the scheme expires, at most 30; required for `expire_type` 1.
    #[wx(range = 1..=30)]
    pub expire_interval: Option<i64>,
}

/// A generated scheme (`openlink`), as `generateScheme` and `generateNFCScheme` return it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Openlink {
    /// The generated scheme, `weixin://dl/business/?t=...`.
    pub openlink: String,
}
