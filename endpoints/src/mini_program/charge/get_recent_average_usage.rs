//! `getRecentAverageUsage`: `GET /wxa/charge/usage/get_recent_average`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/charge/api/charge_get_recent_average_usage.html>.
//! Note: the corpus cites the `getUsageDetail` page for this call; the facts are from its own page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a paid capability's average monthly usage over the last three months (blurred, not exact).
#[wx_endpoint(
    name = "getRecentAverageUsage",
    path = "/wxa/charge/usage/get_recent_average",
    method = GET,
    perm_sets = [18],
    response = RecentAverageUsage,
    errors(
        use CommonError,
        10120002 => InvalidParameter: "invalid parameter",
        10120700 => InvalidSpuId: "invalid spuId",
        10122000 => NoRecentUsage: "the product has no recent usage data",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetRecentAverageUsage {
    /// The product's SPU id.
    #[serde(rename = "spuId")]
    #[wx(non_empty)]
    pub spu_id: String,
}

/// The average usage, as `getRecentAverageUsage` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RecentAverageUsage {
    /// The recent average monthly usage, blurred: 50 means at most 50 a month.
    #[serde(rename = "averageData")]
    pub average_data: i64,
}
