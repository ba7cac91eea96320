//! `AgencyGetTmplType`: `POST /wxa/operationams?action=agency_get_tmpl_type`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-mgnt/AgencyGetTmplType.html>.
//! Unverified: no copy of this page could be read here; the fields follow the catalog's sample
//! and the page's summary as another SDK's doc comments quote it; the error rows are those the other AMS pages
//! print (-202, 1700, 1701, 1735, 1737, 1807, 2009, 2056).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the template style of a native template ad unit.
#[wx_endpoint(
    name = "AgencyGetTmplType",
    path = "/wxa/operationams",
    query = "action=agency_get_tmpl_type",
    idempotent,
    response = AdunitTmplType,
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
pub struct AgencyGetTmplType {
    /// The native template ad unit's id.
    pub ad_unit_id: String,
}

/// An ad unit's template style, as `AgencyGetTmplType` returns it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct AdunitTmplType {
    /// The template style (the `tmpl_type` values `AgencyCreateAdunit` lists, e.g. 100001).
    pub tmpl_type: u32,
}
