//! `getDailySummary`: `POST /datacube/getweanalysisappiddailysummarytrend`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/data-analysis/analysis.getDailySummary.html>.
//! Note: permission sets 18 and 21 are from the OpenApiDoc version of the page; the newer server/API page names 18
//! only. The page lists no own error codes.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the Mini Program's daily summary: total users and shares.
#[wx_endpoint(
    name = "getDailySummary",
    path = "/datacube/getweanalysisappiddailysummarytrend",
    perm_sets = [18, 21],
    response = DailySummary,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetDailySummary {
    /// The day, `yyyymmdd`.
    pub begin_date: String,
    /// The same day (one day only, at most yesterday), `yyyymmdd`.
    pub end_date: String,
}

/// The summary returned by `getDailySummary`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DailySummary {
    /// One entry per day.
    pub list: Vec<DailySummaryEntry>,
}

/// A day's summary (`list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DailySummaryEntry {
    /// The day, `yyyymmdd`.
    pub ref_date: String,
    /// Total users so far.
    pub visit_total: i64,
    /// Shares.
    pub share_pv: i64,
    /// Users who shared.
    pub share_uv: i64,
}
