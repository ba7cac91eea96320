//! `getDailyVisitTrend`: `POST /datacube/getweanalysisappiddailyvisittrend`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/data-analysis/visit-trend/analysis.getDailyVisitTrend.html>.
//! Note: permission sets 18 and 21 are from the OpenApiDoc version of the page; the newer server/API page names 18
//! only. 61504 comes from the newer server/API page.

use super::VisitTrend;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the daily visit trend of the Mini Program.
#[wx_endpoint(
    name = "getDailyVisitTrend",
    path = "/datacube/getweanalysisappiddailyvisittrend",
    perm_sets = [18, 21],
    response = VisitTrend,
    errors(
        use CommonError,
        61504 => ServiceBusy: "system busy; try again later",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetDailyVisitTrend {
    /// The day, `yyyymmdd`.
    pub begin_date: String,
    /// The same day (one day only, at most yesterday), `yyyymmdd`.
    pub end_date: String,
}
