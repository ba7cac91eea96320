//! `getDailyRetain`: `POST /datacube/getweanalysisappiddailyretaininfo`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/data-analysis/visit-retain/analysis.getDailyRetain.html>.
//! Note: the keys run over 0 to 7, 14 and 30 days. Permission sets 18 and 21 are from the OpenApiDoc version of the page; the newer
//! server/API page names 18 only. The page lists no own error codes.

use super::VisitRetain;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the daily retention of the Mini Program's users.
#[wx_endpoint(
    name = "getDailyRetain",
    path = "/datacube/getweanalysisappiddailyretaininfo",
    perm_sets = [18, 21],
    response = VisitRetain,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetDailyRetain {
    /// The day, `yyyymmdd`.
    pub begin_date: String,
    /// The same day (one day only, at most yesterday), `yyyymmdd`.
    pub end_date: String,
}
