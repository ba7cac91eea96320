//! `GetAgencySettlement`: `POST /wxa/operationams?action=get_agency_settled_revenue`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/settlement/GetAgencySettlement.html>.
//! Note: called with the component_access_token, which the request line carries as
//! `access_token`. Every half-month settlement that overlaps the requested dates is returned,
//! newest first.
//! Unverified: the stored copies of the page end before its error table; the rows are those the
//! other AMS pages print for platform-level calls (-202, 1700, 1701, 1735, 1737, 2056).

use serde::Deserialize;

use super::Settlement;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the platform's settled ad revenue (from the Mini Programs it operates) by half-month settlement.
#[wx_endpoint(
    name = "GetAgencySettlement",
    path = "/wxa/operationams",
    query = "action=get_agency_settled_revenue",
    credential = component,
    credential_param = access_token,
    idempotent,
    response = Settlement,
    errors(
        use CommonError,
        -202 => InternalError: "internal error; retry later",
        1700 => InvalidParameter: "parameter error; check the parameters against the document",
        1701 => InvalidParameterValue: "parameter error; check the parameters against the document",
        1735 => AgreementNotSigned: "the merchant has not finished signing the agreement",
        1737 => TooFrequent: "operating too fast; wait a minute and retry",
        2056 => MonetizationNotOpened: "the platform has no account in the monetization zone; open it on the third-party platform's pages",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAgencySettlement {
    /// The page to return, from 1.
    pub page: u32,
    /// Settlements per page.
    pub page_size: u32,
    /// The first day, `yyyy-mm-dd`.
    pub start_date: String,
    /// The last day, `yyyy-mm-dd`.
    pub end_date: String,
}
