//! `getPerformance`: `POST /wxaapi/log/get_performance`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/operation/operation.getPerformance.html>.
//! Note: the filter values are strings: `@_all` (all; the table prints `@_all:`), or the digits and names the page
//! lists. Permission set 18 is from the OpenApiDoc and server/API versions of the page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the Mini Program's launch, download or first-render times over a period.
#[wx_endpoint(
    name = "getPerformance",
    path = "/wxaapi/log/get_performance",
    perm_sets = [18],
    response = PerformanceTimes,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GetPerformance {
    /// Which time to read.
    pub cost_time_type: CostTimeType,
    /// The period's start (Unix seconds).
    pub default_start_time: i64,
    /// The period's end (Unix seconds).
    pub default_end_time: i64,
    /// The platform: `@_all`, `1` iOS, `2` Android.
    pub device: String,
    /// Whether the code package was downloaded (launch time only): `@_all`, `1` yes, `2` no.
    pub is_download_code: String,
    /// The visit source (launch and download times), from `getSceneList`; `@_all` for all.
    pub scene: String,
    /// The network (download time only): `@_all`, `wifi`, `4g`, `3g`, `2g`.
    pub networktype: String,
}

crate::wire_enum! {
    /// Which time `getPerformance` reads (`cost_time_type`).
    pub enum CostTimeType: code {
        /// 1: total launch time.
        Launch = 1,
        /// 2: download time.
        Download = 2,
        /// 3: first render time.
        FirstRender = 3,
    }
}

/// The times returned by `getPerformance`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PerformanceTimes {
    /// The period's data, as a JSON string: `{"list": [{"ref_date", "cost_time_type", "cost_time" (ms)}]}`.
    pub default_time_data: String,
    /// The comparison data, as a JSON string of the same shape; may be empty.
    pub compare_time_data: String,
}
