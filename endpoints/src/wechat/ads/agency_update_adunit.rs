//! `AgencyUpdateAdunit`: `POST /wxa/operationams?action=agency_update_adunit`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/ams/ad-mgnt/AgencyUpdateAdunit.html>.
//! Unverified: the stored copies of the page end before its error table; the rows are those the
//! other AMS pages print (-202, 1700, 1701, 1735, 1737, 1807, 2009, 2056).

use serde::Deserialize;

use super::AdUnitSwitch;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Updates one of the Mini Program's ad units: its name, switch, video durations or template.
#[wx_endpoint(
    name = "AgencyUpdateAdunit",
    path = "/wxa/operationams",
    query = "action=agency_update_adunit",
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
pub struct AgencyUpdateAdunit {
    /// The ad unit's name.
    pub name: String,
    /// The ad unit's id.
    pub ad_unit_id: String,
    /// Turn the ad unit on (`AD_UNIT_STATUS_ON`) or off (`AD_UNIT_STATUS_OFF`).
    pub status: AdUnitSwitch,
    /// Rewarded video ads (required for them): the shortest display time, in seconds; currently 6.
    pub video_duration_min: Option<u32>,
    /// Rewarded video ads (required for them): the longest display time, in seconds; currently 15, 30 or 60.
    pub video_duration_max: Option<u32>,
    /// Native template ads need this or `tmpl_id`: a fixed template style (the values
    /// `AgencyCreateAdunit` lists).
    pub tmpl_type: Option<u32>,
    /// Native template ads need this or `tmpl_type`: the id of a custom template made in the
    /// platform's monetization zone (native template management).
    pub tmpl_id: Option<String>,
}
