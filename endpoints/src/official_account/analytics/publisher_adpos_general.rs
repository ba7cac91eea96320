//! `publisher_adpos_general`: `GET /publisher/stat?action=publisher_adpos_general`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Analytics/Ad_Analysis.html#%E4%B8%80%E3%80%81%E8%8E%B7%E5%8F%96%E5%85%AC%E4%BC%97%E5%8F%B7%E5%88%86%E5%B9%BF%E5%91%8A%E4%BD%8D%E6%95%B0%E6%8D%AE%EF%BC%88publisher-adpos-general%EF%BC%89>.
//! Note: the data starts 2016-01-01; every call pages, at most 90 rows a page. A failure comes
//! back in `base_resp` (`ret`, `err_msg`) rather than in `errcode`: the runtime reads it as the error.
//! Unverified: the error rows are the ad data pages' table as remembered (45009, 45010, 1701, 2009):
//! the stored copies end before it. No permission set is named.

use serde::Deserialize;

use super::PublisherAdSlot;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the account's ad statistics by day and ad slot type, with their totals.
#[wx_endpoint(
    name = "publisher_adpos_general",
    path = "/publisher/stat",
    query = "action=publisher_adpos_general",
    method = GET,
    response = AdposGeneral,
    errors(
        use CommonError,
        45009 => TooFrequent: "requests too frequent; retry later",
        45010 => InvalidInterfaceName: "invalid interface (action) name",
        1701 => InvalidParameter: "parameter error",
        2009 => InvalidPublisher: "invalid publisher: the account is not an ad publisher",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct PublisherAdposGeneral {
    /// The page to return, from 1.
    pub page: u32,
    /// Rows per page, at most 90.
    #[wx(range = 1..=90)]
    pub page_size: u32,
    /// The first day, `yyyy-mm-dd` (2016-01-01 or later).
    pub start_date: String,
    /// The last day, `yyyy-mm-dd` (at most yesterday).
    pub end_date: String,
    /// Only this ad slot type; every type when left out.
    pub ad_slot: Option<PublisherAdSlot>,
}

/// The ad statistics, as `publisher_adpos_general` answers them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdposGeneral {
    /// One row per day and ad slot type.
    pub list: Vec<AdposStat>,
    /// The totals over the requested days.
    pub summary: AdposSummary,
    /// How many rows there are in all (for paging).
    pub total_num: u64,
}

/// One day of one ad slot type (`list` of `publisher_adpos_general`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdposStat {
    /// The ad slot type's numeric id.
    pub slot_id: u64,
    /// The ad slot type.
    pub ad_slot: Option<PublisherAdSlot>,
    /// The day, `yyyy-mm-dd`.
    pub date: String,
    /// Ads fetched.
    pub req_succ_count: u64,
    /// Exposures.
    pub exposure_count: u64,
    /// Exposure rate.
    pub exposure_rate: f64,
    /// Clicks.
    pub click_count: u64,
    /// Click-through rate.
    pub click_rate: f64,
    /// Revenue, in cents.
    pub income: u64,
    /// Revenue per thousand exposures, in cents.
    pub ecpm: f64,
}

/// The totals over the requested days (`summary` of `publisher_adpos_general`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdposSummary {
    /// Ads fetched.
    pub req_succ_count: u64,
    /// Exposures.
    pub exposure_count: u64,
    /// Exposure rate.
    pub exposure_rate: f64,
    /// Clicks.
    pub click_count: u64,
    /// Click-through rate.
    pub click_rate: f64,
    /// Revenue, in cents.
    pub income: u64,
    /// Revenue per thousand exposures, in cents.
    pub ecpm: f64,
}
