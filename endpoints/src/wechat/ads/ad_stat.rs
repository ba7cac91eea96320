//! Ad statistics rows shared by `GetAdposGenenral` and `GetAdposDetail`.

use serde::Deserialize;

use super::AdSlot;

/// One day of one ad slot type's (or ad unit's) statistics (`list` of `GetAdposGenenral`,
/// `stat_item` of `GetAdposDetail`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdStat {
    /// The ad slot type's numeric id; `GetAdposGenenral` only (read from a number or a string of digits).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub slot_id: u64,
    /// The ad slot type.
    pub ad_slot: Option<AdSlot>,
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
    /// The Mini Program's revenue after the split, in cents (the page's table).
    pub publisher_income: u64,
    /// Revenue, in cents (the samples print this name instead of `publisher_income`).
    pub income: u64,
    /// Revenue per thousand exposures, in cents.
    pub ecpm: f64,
}

/// The totals over the requested days (`summary` of `GetAdposGenenral`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdStatSummary {
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
    /// The Mini Program's total revenue after the split, in cents (the page's table).
    pub publisher_income: u64,
    /// Total revenue, in cents (the samples print this name instead of `publisher_income`).
    pub income: u64,
    /// Revenue per thousand exposures, in cents.
    pub ecpm: f64,
}
