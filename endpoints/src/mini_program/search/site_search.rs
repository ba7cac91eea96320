//! `siteSearch`: `POST /wxa/sitesearch`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/search/search.siteSearch.html>.
//! Note: matches in `title` and `description` are wrapped in `<em class="highlight">`.
//! Unverified: the page's tables and error table (not read; the fields are the sample's); perm sets.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Searches the Mini Program's own pages by keyword, a page of results at a time.
#[wx_endpoint(
    name = "siteSearch",
    path = "/wxa/sitesearch",
    response = SiteSearchResult,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SiteSearch {
    /// The keyword.
    #[wx(non_empty)]
    pub keyword: String,
    /// The previous answer's `next_page_info`; empty for the first page.
    pub next_page_info: Option<String>,
}

/// The answer of `siteSearch`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SiteSearchResult {
    /// The matching pages.
    pub items: Vec<SiteSearchItem>,
    /// 1 when there is a next page.
    pub has_next_page: i64,
    /// The number of matches.
    pub hit_count: i64,
    /// The cursor of the next page.
    pub next_page_info: String,
}

/// A matching page (`items`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SiteSearchItem {
    /// The page's title, matches highlighted.
    pub title: String,
    /// The page's description, matches highlighted.
    pub description: String,
    /// The page's image URL.
    pub image: String,
    /// The page's path, with its query.
    pub path: String,
}
