//! `SetCoverAdposStatus`: `POST /wxa/operationams?action=agency_set_cover_adpos_status`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-mgnt/SetCoverAdposStatus.html>.
//! Note: the cover ad can be switched at most once an hour (2008), and not in the first hour after
//! the publisher is opened (2068).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Turns the Mini Program's cover ad on or off.
#[wx_endpoint(
    name = "SetCoverAdposStatus",
    path = "/wxa/operationams",
    query = "action=agency_set_cover_adpos_status",
    errors(
        use CommonError,
        1700 => InvalidParameter: "parameter error; check the parameters against the document",
        1701 => InvalidParameterValue: "parameter error; check the parameters against the document",
        1735 => AgreementNotSigned: "the merchant has not finished signing the agreement",
        1737 => TooFrequent: "operating too fast; wait a minute and retry",
        1807 => NotPublisher: "not a publisher; open the publisher for this appid (AgencyCreatePublisher)",
        2009 => InvalidPublisher: "invalid publisher; open the publisher for this appid (AgencyCreatePublisher)",
        2056 => MonetizationNotOpened: "the platform has no account in the monetization zone; open it on the third-party platform's pages",
        2067 => AlreadyOpen: "the cover ad is already on; nothing to do",
        2008 => SwitchedTooRecently: "the cover ad was turned on or off less than an hour ago; retry in an hour",
        2068 => PublisherJustOpened: "the publisher was just opened; retry in an hour",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetCoverAdposStatus {
    /// 1 turn the cover ad on, 4 turn it off.
    #[wx(one_of = [1, 4])]
    pub status: u8,
}
