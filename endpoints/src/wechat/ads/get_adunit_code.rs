//! `GetAdunitCode`: `POST /wxa/operationams?action=agency_get_adunit_code`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-mgnt/GetAdunitCode.html>.
//! Note: the page's request table is empty; its sample sends `ad_unit_id`, typed here.

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the code snippet (`<ad unit-id="..."></ad>`) that shows an ad unit in the Mini Program.
#[wx_endpoint(
    name = "GetAdunitCode",
    path = "/wxa/operationams",
    query = "action=agency_get_adunit_code",
    idempotent,
    response = AdunitCode,
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
pub struct GetAdunitCode {
    /// The ad unit's id.
    pub ad_unit_id: String,
}

/// An ad unit's code, as `GetAdunitCode` returns it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct AdunitCode {
    /// The code to put in the Mini Program's page.
    pub code: String,
}
