//! `getVisitDistribution`: `POST /datacube/getweanalysisappidvisitdistribution`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/data-analysis/analysis.getVisitDistribution.html>.
//! Note: the meaning of `key` per `index` (source scene groups, stay ranges, depth ranges) is tabled on the page.
//! Permission sets 18 and 21 are from the OpenApiDoc version of the page; the newer server/API page names 18 only.
//! The page lists no own error codes.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads how the Mini Program's visits distribute over sources, stay times and depths.
#[wx_endpoint(
    name = "getVisitDistribution",
    path = "/datacube/getweanalysisappidvisitdistribution",
    perm_sets = [18, 21],
    response = VisitDistribution,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetVisitDistribution {
    /// The day, `yyyymmdd`.
    pub begin_date: String,
    /// The same day (one day only, at most yesterday), `yyyymmdd`.
    pub end_date: String,
}

/// The distributions returned by `getVisitDistribution`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VisitDistribution {
    /// The day, `yyyymmdd`.
    pub ref_date: String,
    /// One entry per distribution.
    pub list: Vec<DistributionEntry>,
}

/// One distribution (`list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DistributionEntry {
    /// Which distribution.
    pub index: Option<DistributionIndex>,
    /// Visits per key.
    pub item_list: Vec<DistributionItem>,
}

crate::wire_enum! {
    /// Which distribution an entry is (`index`).
    pub enum DistributionIndex: text {
        /// `access_source_session_cnt`: visits per source.
        AccessSourceSessionCnt = "access_source_session_cnt",
        /// `access_staytime_info`: visits per stay time.
        AccessStaytimeInfo = "access_staytime_info",
        /// `access_depth_info`: visits per depth.
        AccessDepthInfo = "access_depth_info",
    }
}

/// Visits for one key (`item_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DistributionItem {
    /// The key: a source group, stay range or depth range, depending on `index`.
    pub key: i64,
    /// Visits (pv) for the key.
    pub value: i64,
}
