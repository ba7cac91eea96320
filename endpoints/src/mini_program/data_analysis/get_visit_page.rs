//! `getVisitPage`: `POST /datacube/getweanalysisappidvisitpage`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/data-analysis/analysis.getVisitPage.html>.
//! Note: permission sets 18 and 21 are from the OpenApiDoc version of the page; the newer server/API page names 18
//! only. The page lists no own error codes.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the visit figures of the Mini Program's pages.
#[wx_endpoint(
    name = "getVisitPage",
    path = "/datacube/getweanalysisappidvisitpage",
    perm_sets = [18, 21],
    response = VisitPages,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetVisitPage {
    /// The day, `yyyymmdd`.
    pub begin_date: String,
    /// The same day (one day only, at most yesterday), `yyyymmdd`.
    pub end_date: String,
}

/// The page figures returned by `getVisitPage`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VisitPages {
    /// The day, `yyyymmdd`.
    pub ref_date: String,
    /// One entry per page.
    pub list: Vec<VisitPageEntry>,
}

/// A page's figures (`list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VisitPageEntry {
    /// The page's path.
    pub page_path: String,
    /// Visits.
    pub page_visit_pv: i64,
    /// Visitors.
    pub page_visit_uv: i64,
    /// Average stay per visit, in seconds.
    pub page_staytime_pv: f64,
    /// Times it was the entry page.
    pub entrypage_pv: i64,
    /// Times it was the exit page.
    pub exitpage_pv: i64,
    /// Shares.
    pub page_share_pv: i64,
    /// Users who shared.
    pub page_share_uv: i64,
}
