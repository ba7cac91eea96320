//! `GetSettlement`: `POST /wxa/operationams?action=agency_get_settlement`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/settlement/GetSettlement.html>.
//! Note: every half-month settlement that overlaps the requested dates is returned, newest first.
//! Unverified: the stored copies of the page end before the nested tables and the error table;
//! the nested fields follow `GetAgencySettlement`'s table and the sample, the error rows those the
//! other AMS pages print (-202, 1700, 1701, 1735, 1737, 1807, 2009, 2056).

use serde::Deserialize;

use super::Settlement;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the Mini Program's settled ad revenue by half-month settlement.
#[wx_endpoint(
    name = "GetSettlement",
    path = "/wxa/operationams",
    query = "action=agency_get_settlement",
    idempotent,
    response = Settlement,
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
pub struct GetSettlement {
    /// The page to return, from 1.
    pub page: u32,
    /// Settlements per page.
    pub page_size: u32,
    /// The first day, `yyyy-mm-dd`.
    pub start_date: String,
    /// The last day, `yyyy-mm-dd`.
    pub end_date: String,
}
