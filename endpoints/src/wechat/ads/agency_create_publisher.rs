//! `AgencyCreatePublisher`: `POST /wxa/operationams?action=agency_create_publisher`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/open/AgencyCreatePublisher.html>.
//! Note: the English copy of the page lost the code of the "publisher already opened" row to its
//! translation; another SDK's transcription of the Chinese error table gives 2021.

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Opens the publisher (流量主) for the Mini Program, so that it can show ads.
#[wx_endpoint(
    name = "AgencyCreatePublisher",
    path = "/wxa/operationams",
    query = "action=agency_create_publisher",
    errors(
        use CommonError,
        -202 => InternalError: "internal error; retry later",
        1700 => InvalidParameter: "parameter error; check the parameters against the document",
        1701 => InvalidParameterValue: "parameter error; check the parameters against the document",
        1735 => AgreementNotSigned: "the merchant has not finished signing the agreement",
        1737 => TooFrequent: "operating too fast; wait a minute and retry",
        1807 => NotPublisher: "not a publisher; open the publisher for this appid (AgencyCreatePublisher)",
        2009 => InvalidPublisher: "invalid publisher; open the publisher for this appid (AgencyCreatePublisher)",
        2021 => AlreadyPublisher: "the publisher is already open; nothing to do",
        2056 => MonetizationNotOpened: "the platform has no account in the monetization zone; open it on the third-party platform's pages",
        2013 => ThresholdNotMet: "the Mini Program has not reached the publisher threshold (1000 unique visitors); retry once it has",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AgencyCreatePublisher;
