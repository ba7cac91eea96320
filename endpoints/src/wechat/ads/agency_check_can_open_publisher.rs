//! `AgencyCheckCanOpenPublisher`: `POST /wxa/operationams?action=agency_check_can_open_publisher`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/open/AgencyCheckCanOpenPublisher.html>.

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Checks whether the Mini Program meets the threshold for opening the publisher (流量主).
#[wx_endpoint(
    name = "AgencyCheckCanOpenPublisher",
    path = "/wxa/operationams",
    query = "action=agency_check_can_open_publisher",
    idempotent,
    response = PublisherEligibility,
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
pub struct AgencyCheckCanOpenPublisher;

/// Whether the publisher can be opened, as `AgencyCheckCanOpenPublisher` returns it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct PublisherEligibility {
    /// 1 the publisher can be opened, 0 it cannot (yet).
    pub status: i64,
}
