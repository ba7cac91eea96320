//! `AgencyCreateAdunit`: `POST /wxa/operationams?action=agency_create_adunit`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-mgnt/AgencyCreateAdunit.html>.
//! Unverified: the stored copies of the page end before its error table; the rows are those the
//! other AMS pages print (-202, 1700, 1701, 1735, 1737, 1807, 2009, 2056).

use serde::Deserialize;

use super::AdSlot;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Creates an ad unit for the Mini Program.
#[wx_endpoint(
    name = "AgencyCreateAdunit",
    path = "/wxa/operationams",
    query = "action=agency_create_adunit",
    response = CreatedAdunit,
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
pub struct AgencyCreateAdunit {
    /// The ad unit's name.
    pub name: String,
    /// The ad unit's type: its ad slot type.
    #[serde(rename = "type")]
    pub ad_slot: AdSlot,
    /// Rewarded video ads (required for them): the shortest display time, in seconds; currently 6.
    pub video_duration_min: Option<u32>,
    /// Rewarded video ads (required for them): the longest display time, in seconds; currently 15, 30 or 60.
    pub video_duration_max: Option<u32>,
    /// Native template ads need this or `tmpl_id`: a fixed template style. 2, 3 landscape and 6, 7
    /// portrait image-and-text (image above or below); 4, 11 landscape and 12, 13 portrait with
    /// overlaid text (A, B); 9, 10 landscape image left or right; 20 landscape single image; 100001
    /// single grid without animation; 100003 multiple grids without carousel.
    pub tmpl_type: Option<u32>,
    /// Native template ads need this or `tmpl_type`: the id of a custom template made in the
    /// platform's monetization zone (native template management).
    pub tmpl_id: Option<String>,
}

/// The new ad unit, as `AgencyCreateAdunit` returns it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct CreatedAdunit {
    /// The new ad unit's id (`adunit-...`).
    pub ad_unit_id: String,
}
