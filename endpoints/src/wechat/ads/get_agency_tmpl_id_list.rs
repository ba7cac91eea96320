//! `GetAgencyTmplIdList`: `POST /wxa/operationams?action=get_agency_ad_unit_list`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-mgnt/GetAgencyTmplIdList.html>.
//! Note: for the templates alone, leave out `tmpl_id` and `is_return_tmpl_bind_list`; for the
//! merchants' ad units bound to one template, pass both. Bound ad units come newest first.
//! Unverified: the stored copies of the page end before its error table; the rows are those the
//! other AMS pages print (-202, 1700, 1701, 1735, 1737, 1807, 2009, 2056).

use serde::Deserialize;

use super::{AdSlot, AdUnit};
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Lists the platform's custom native ad templates and the ad units bound to them.
#[wx_endpoint(
    name = "GetAgencyTmplIdList",
    path = "/wxa/operationams",
    query = "action=get_agency_ad_unit_list",
    idempotent,
    response = AgencyTmplList,
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct GetAgencyTmplIdList {
    /// The page to return, from 1.
    pub page: u32,
    /// Entries per page.
    pub page_size: u32,
    /// The ad slot type (`SLOT_ID_WEAPP_TEMPLATE` for native templates).
    pub ad_slot: AdSlot,
    /// Only this template (its template ad unit id).
    pub tmpl_id: Option<String>,
    /// 1 to also return the merchants' ad units bound to the template.
    pub is_return_tmpl_bind_list: Option<u8>,
}

/// The custom templates, as `GetAgencyTmplIdList` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AgencyTmplList {
    /// How many templates the platform has in all (for paging).
    pub total_num: u64,
    /// The templates on this page.
    pub ad_unit_list: Vec<AgencyTmpl>,
}

/// One custom native template (`ad_unit_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AgencyTmpl {
    /// The template's id (its template ad unit id).
    pub tmpl_id: String,
    /// The template ad unit's name.
    pub ad_unit_name: String,
    /// The ad slot type.
    pub slot_id: Option<AdSlot>,
    /// How many merchant ad units are bound to the template.
    pub tmpl_bind_total_num: u64,
    /// The merchant ad units bound to it (when `is_return_tmpl_bind_list` asked for them).
    pub tmpl_bind_list: Vec<AdUnit>,
}
