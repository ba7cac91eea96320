//! `GetAdunitList`: `POST /wxa/operationams?action=agency_get_adunit_list`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-mgnt/GetAdunitList.html>.
//! Note: ad units come newest first. Leave out `ad_slot` and `ad_unit_id` for every ad unit,
//! pass `ad_slot` for one slot type, `ad_unit_id` for one ad unit. Cover ads are not listed.
//! Unverified: the stored copies of the page end before its error table; the rows are those the
//! other AMS pages print (-202, 1700, 1701, 1735, 1737, 1807, 2009, 2056).

use serde::Deserialize;

use super::{AdSlot, AdUnit};
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Lists the Mini Program's ad units (except the cover ad), or reads one.
#[wx_endpoint(
    name = "GetAdunitList",
    path = "/wxa/operationams",
    query = "action=agency_get_adunit_list",
    idempotent,
    response = AdunitList,
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
pub struct GetAdunitList {
    /// The page to return, from 1.
    pub page: u32,
    /// Ad units per page.
    pub page_size: u32,
    /// Only this ad slot type.
    pub ad_slot: Option<AdSlot>,
    /// Only this ad unit.
    pub ad_unit_id: Option<String>,
}

/// The ad units, as `GetAdunitList` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdunitList {
    /// The ad units on this page.
    pub ad_unit: Vec<AdUnit>,
    /// How many ad units there are in all (for paging).
    pub total_num: u64,
}
