//! `SetCoverAdposScene`: `POST /wxa/operationams?action=agency_set_cover_adpos_scene`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-mgnt/SetCoverAdposScene.html>.
//! Note: once the cover ad is opened every eligible scene is selected by default.
//! Unverified: no copy of this page could be read here; the fields follow the catalog's sample
//! and the page's summary as another SDK's doc comments quote it; the error rows are those the other AMS pages
//! print (-202, 1700, 1701, 1735, 1737, 1807, 2009, 2056).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Sets the scenes in which the Mini Program shows its cover ad.
#[wx_endpoint(
    name = "SetCoverAdposScene",
    path = "/wxa/operationams",
    query = "action=agency_set_cover_adpos_scene",
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
pub struct SetCoverAdposScene {
    /// The scene values, joined by commas (`1000,1001,1007,...`), chosen among those the page
    /// lists as eligible for cover ads.
    pub cover_scene_list: String,
}
