//! `publisher_cps_general`: `GET /publisher/stat?action=publisher_cps_general`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/Ad_Analysis.html#%E4%BA%8C%E3%80%81%E8%8E%B7%E5%8F%96%E5%85%AC%E4%BC%97%E5%8F%B7%E8%BF%94%E4%BD%A3%E5%95%86%E5%93%81%E6%95%B0%E6%8D%AE%EF%BC%88publisher-cps-general%EF%BC%89>.
//! Note: the data starts 2016-01-01; every call pages, at most 90 rows a page. A failure comes
//! back in `base_resp` (`ret`, `err_msg`) rather than in `errcode`: the runtime reads it as the error.
//! Unverified: the error rows are the ad data pages' table as remembered (45009, 45010, 1701, 2009):
//! the stored copies end before it. No permission set is named.

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the account's commission (CPS) goods statistics by day, with their totals.
#[wx_endpoint(
    name = "publisher_cps_general",
    path = "/publisher/stat",
    query = "action=publisher_cps_general",
    method = GET,
    response = CpsGeneral,
    errors(
        use CommonError,
        45009 => TooFrequent: "requests too frequent; retry later",
        45010 => InvalidInterfaceName: "invalid interface (action) name",
        1701 => InvalidParameter: "parameter error",
        2009 => InvalidPublisher: "invalid publisher: the account is not an ad publisher",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct PublisherCpsGeneral {
    /// The page to return, from 1.
    pub page: u32,
    /// Rows per page, at most 90.
    #[wx(range = 1..=90)]
    pub page_size: u32,
    /// The first day, `yyyy-mm-dd` (2016-01-01 or later).
    pub start_date: String,
    /// The last day, `yyyy-mm-dd` (at most yesterday).
    pub end_date: String,
}

/// The commission goods statistics, as `publisher_cps_general` answers them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CpsGeneral {
    /// One row per day.
    pub list: Vec<CpsStat>,
    /// The totals over the requested days.
    pub summary: CpsSummary,
    /// How many rows there are in all (for paging).
    pub total_num: u64,
}

/// One day of commission goods (`list` of `publisher_cps_general`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CpsStat {
    /// The day, `yyyy-mm-dd`.
    pub date: String,
    /// Exposures.
    pub exposure_count: u64,
    /// Clicks.
    pub click_count: u64,
    /// Click-through rate.
    pub click_rate: f64,
    /// Orders.
    pub order_count: u64,
    /// Order rate.
    pub order_rate: f64,
    /// Order amount, in cents.
    pub total_fee: u64,
    /// Estimated commission, in cents.
    pub total_commission: u64,
}

/// The totals over the requested days (`summary` of `publisher_cps_general`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CpsSummary {
    /// Exposures.
    pub exposure_count: u64,
    /// Clicks.
    pub click_count: u64,
    /// Click-through rate.
    pub click_rate: f64,
    /// Orders.
    pub order_count: u64,
    /// Order rate.
    pub order_rate: f64,
    /// Order amount, in cents.
    pub total_fee: u64,
    /// Estimated commission, in cents.
    pub total_commission: u64,
}
