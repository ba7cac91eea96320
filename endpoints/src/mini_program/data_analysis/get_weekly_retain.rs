//! `getWeeklyRetain`: `POST /datacube/getweanalysisappidweeklyretaininfo`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/data-analysis/visit-retain/analysis.getWeeklyRetain.html>.
//! Note: the keys run over 0 to 4 weeks. Permission sets 18 and 21 are from the OpenApiDoc version of the page; the newer
//! server/API page names 18 only. The page lists no own error codes.

use super::VisitRetain;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the weekly retention of the Mini Program's users.
#[wx_endpoint(
    name = "getWeeklyRetain",
    path = "/datacube/getweanalysisappidweeklyretaininfo",
    perm_sets = [18, 21],
    response = VisitRetain,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetWeeklyRetain {
    /// The week's Monday, `yyyymmdd`.
    pub begin_date: String,
    /// The week's Sunday (one week only), `yyyymmdd`.
    pub end_date: String,
}
