//! `GetAdposDetail`: `POST /wxa/operationams?action=agency_get_adunit_general`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-data/GetAdposDetail.html>.
//! Note: rows come newest day first. Leave out `ad_slot` and `ad_unit_id` for every ad unit, pass
//! `ad_slot` for one slot type, `ad_unit_id` for one ad unit. The return table names the revenue
//! `publisher_income`, the sample `income`: both are typed.
//! Unverified: the stored copies of the page end before its error table; the rows are those the
//! other AMS pages print (-202, 1700, 1701, 1735, 1737, 1807, 2009, 2056).

use serde::Deserialize;

use super::{AdSlot, AdStat};
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the Mini Program's ad statistics by day and ad unit.
#[wx_endpoint(
    name = "GetAdposDetail",
    path = "/wxa/operationams",
    query = "action=agency_get_adunit_general",
    idempotent,
    response = AdunitGeneral,
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
pub struct GetAdposDetail {
    /// The page to return, from 1.
    pub page: u32,
    /// Rows per page.
    pub page_size: u32,
    /// The first day, `yyyy-mm-dd`.
    pub start_date: String,
    /// The last day, `yyyy-mm-dd`.
    pub end_date: String,
    /// Only this ad slot type.
    pub ad_slot: Option<AdSlot>,
    /// Only this ad unit.
    pub ad_unit_id: Option<String>,
}

/// The ad unit statistics, as `GetAdposDetail` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdunitGeneral {
    /// One entry per ad unit.
    pub list: Vec<AdunitStat>,
    /// How many entries there are in all (for paging).
    pub total_num: u64,
}

/// One ad unit's statistics (`list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdunitStat {
    /// The ad unit's id.
    pub ad_unit_id: String,
    /// The ad unit's name.
    pub ad_unit_name: String,
    /// Its statistics by day (`slot_id` is not sent here; a single object is read as one day).
    #[serde(deserialize_with = "crate::wechat::lenient::one_or_many")]
    pub stat_item: Vec<AdStat>,
}
