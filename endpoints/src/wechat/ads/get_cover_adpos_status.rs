//! `GetCoverAdposStatus`: `POST /wxa/operationams?action=agency_get_cover_adpos_status`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-mgnt/GetCoverAdposStatus.html>.
//! Note: the page names `status` only "the cover ad's switch status"; its values are those
//! `SetCoverAdposStatus` sets (1 on, 4 off), and the sample answers 4.

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads whether the Mini Program's cover ad is on, and when it may next be turned on.
#[wx_endpoint(
    name = "GetCoverAdposStatus",
    path = "/wxa/operationams",
    query = "action=agency_get_cover_adpos_status",
    idempotent,
    response = CoverAdposState,
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
pub struct GetCoverAdposStatus;

/// The cover ad's state, as `GetCoverAdposStatus` returns it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct CoverAdposState {
    /// The earliest time the cover ad may be turned on again (Unix seconds).
    pub next_open_time: i64,
    /// The cover ad's switch: 1 on, 4 off.
    pub status: Option<CoverAdposStatus>,
}

crate::wire_enum! {
    /// The cover ad's switch (`status`).
    pub enum CoverAdposStatus: code {
        /// 1: on.
        On = 1,
        /// 4: off.
        Off = 4,
    }
}
