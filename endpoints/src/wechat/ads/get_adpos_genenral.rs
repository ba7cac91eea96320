//! `GetAdposGenenral`: `POST /wxa/operationams?action=agency_get_adpos_genenral`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-data/GetAdposGenenral.html>.
//! Note: rows come newest day first, then by `slot_id`; without `ad_slot` every slot type is
//! answered. The return table names the revenue `publisher_income`, the sample `income`: both are
//! typed. The table types `summary` as an array, the sample prints an object: both are read.
//! Unverified: the stored copies of the page end before its error table; the rows are those the
//! other AMS pages print (-202, 1700, 1701, 1735, 1737, 1807, 2009, 2056).

use serde::Deserialize;

use super::{AdSlot, AdStat, AdStatSummary};
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the Mini Program's ad statistics by day and ad slot type, with their totals.
#[wx_endpoint(
    name = "GetAdposGenenral",
    path = "/wxa/operationams",
    query = "action=agency_get_adpos_genenral",
    idempotent,
    response = AdposGeneral,
    errors(
        use CommonError,
        -202 => InternalError: "internal error; retry later",
        1700 => InvalidParameter: "parameter error; check the parameters against the document",
        1701 => InvalidParameterValue: "parameter error; check the parameters against the document",
        1735 => AgreementNotSigned: "the merchant has not finished signing the agreement",
        1737 => TooFrequent: "operating too fast; wait a minute and retry",
        1807 => NotPublisher: "not a publisher; open the publisher for this appid (AgencyCreatePublisher)",
        2009 => InvalidPublisher: "invalid publisher; open the publisher for this appid (AgencyCreatePublisher)",
        2056 => MonetizationNotOpened: "the platform has no account in the monetization zone; open it on the third-party platform's pages",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAdposGenenral {
    /// The page to return, from 1.
    pub page: u32,
    /// Rows per page.
    pub page_size: u32,
    /// The first day, `yyyy-mm-dd`.
    pub start_date: String,
    /// The last day, `yyyy-mm-dd`.
    pub end_date: String,
    /// Only this ad slot type; every type when left out.
    pub ad_slot: Option<AdSlot>,
}

/// The ad statistics, as `GetAdposGenenral` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdposGeneral {
    /// One row per day and ad slot type.
    pub list: Vec<AdStat>,
    /// The totals (one entry; an object in the sample, an array on the page: both are read).
    #[serde(deserialize_with = "crate::wechat::lenient::one_or_many")]
    pub summary: Vec<AdStatSummary>,
    /// How many rows there are in all (for paging).
    pub total_num: u64,
}
