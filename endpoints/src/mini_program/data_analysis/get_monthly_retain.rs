//! `getMonthlyRetain`: `POST /datacube/getweanalysisappidmonthlyretaininfo`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/data-analysis/visit-retain/analysis.getMonthlyRetain.html>.
//! Note: the keys run over 0 and 1 month. Permission sets 18 and 21 are from the OpenApiDoc version of the page; the newer
//! server/API page names 18 only. The page lists no own error codes.

use super::VisitRetain;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the monthly retention of the Mini Program's users.
#[wx_endpoint(
    name = "getMonthlyRetain",
    path = "/datacube/getweanalysisappidmonthlyretaininfo",
    perm_sets = [18, 21],
    response = VisitRetain,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetMonthlyRetain {
    /// The month's first day, `yyyymmdd`.
    pub begin_date: String,
    /// The month's last day (one month only), `yyyymmdd`.
    pub end_date: String,
}
