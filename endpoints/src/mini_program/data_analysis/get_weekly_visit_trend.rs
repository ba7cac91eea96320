//! `getWeeklyVisitTrend`: `POST /datacube/getweanalysisappidweeklyvisittrend`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/data-analysis/visit-trend/analysis.getWeeklyVisitTrend.html>.
//! Note: permission sets 18 and 21 are from the OpenApiDoc version of the page; the newer server/API page names 18
//! only. The page lists no own error codes.

use super::VisitTrend;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the weekly visit trend of the Mini Program.
#[wx_endpoint(
    name = "getWeeklyVisitTrend",
    path = "/datacube/getweanalysisappidweeklyvisittrend",
    perm_sets = [18, 21],
    response = VisitTrend,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetWeeklyVisitTrend {
    /// The week's Monday, `yyyymmdd`.
    pub begin_date: String,
    /// The week's Sunday (one week only), `yyyymmdd`.
    pub end_date: String,
}
