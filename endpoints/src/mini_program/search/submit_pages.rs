//! `submitPages`: `POST /wxa/search/wxaapi_submitpages`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/search/search.submitPages.html>.
//! Note: the pages may be shown in Mini Program search results; at most 1000 a call.
//! Unverified: perm sets (the page names none); 85091's text is cut short in the copy read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Submits Mini Program pages (path and query) for WeChat search to index.
#[wx_endpoint(
    name = "submitPages",
    path = "/wxa/search/wxaapi_submitpages",
    errors(
        use CommonError,
        40066 => BlockedBySitemap: "a page is blocked by the sitemap; see errmsg",
        40210 => InvalidPath: "a page's path is missing or empty",
        40212 => InvalidQuery: "a page's query is invalid: use k1=v1&k2=v2",
        40219 => PagesMissing: "pages is missing or empty",
        47001 => DataFormatError: "the body is not valid JSON",
        47004 => TooManyPages: "more than 1000 pages in one call",
        47006 => DailyQuotaReached: "today's submission quota is used up; retry tomorrow",
        85091 => SearchDisabled: "the Mini Program's search switch is off",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SubmitPages {
    /// The pages, at most 1000.
    #[wx(non_empty, max_items = 1000)]
    pub pages: Vec<SubmittedPage>,
}

/// A page to index (`pages`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmittedPage {
    /// The page's path.
    pub path: String,
    /// The page's query.
    pub query: String,
}
