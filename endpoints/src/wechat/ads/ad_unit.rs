//! An ad unit as `GetAdunitList` and `GetAgencyTmplIdList` describe it, and its switch states.

use serde::Deserialize;

use super::AdSlot;

/// One ad unit (`ad_unit` of `GetAdunitList`, `tmpl_bind_list` of `GetAgencyTmplIdList`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AdUnit {
    /// The ad slot type.
    pub ad_slot: Option<AdSlot>,
    /// The ad unit's id (`adunit-...`).
    pub ad_unit_id: String,
    /// The ad unit's name.
    pub ad_unit_name: String,
    /// The ad unit's sizes (an object in the page's table, a list in its sample: both are read).
    #[serde(deserialize_with = "crate::wechat::lenient::one_or_many")]
    pub ad_unit_size: Vec<AdUnitSize>,
    /// The ad unit's switch: 1 on, 2 off.
    pub ad_unit_status: Option<AdUnitStatus>,
    /// The ad unit's type (`AD_UNIT_TYPE_...`, e.g. `AD_UNIT_TYPE_REWARED_VIDEO`); in the samples only.
    pub ad_unit_type: String,
    /// The Mini Program's AppID; in the samples only.
    pub appid: String,
    /// Rewarded video ads: the longest display time, in seconds.
    pub video_duration_max: u32,
    /// Rewarded video ads: the shortest display time, in seconds.
    pub video_duration_min: u32,
}

/// An ad unit's size (`ad_unit_size`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct AdUnitSize {
    /// Height, in pixels.
    pub height: u32,
    /// Width, in pixels.
    pub width: u32,
}

crate::wire_enum! {
    /// An ad unit's switch as the lists answer it (`ad_unit_status`).
    pub enum AdUnitStatus: code {
        /// 1: on.
        On = 1,
        /// 2: off.
        Off = 2,
    }
}

crate::wire_enum! {
    /// An ad unit's switch as `AgencyUpdateAdunit` sets it (`status`).
    pub enum AdUnitSwitch: text {
        /// `AD_UNIT_STATUS_ON`: turn the ad unit on.
        On = "AD_UNIT_STATUS_ON",
        /// `AD_UNIT_STATUS_OFF`: turn the ad unit off.
        Off = "AD_UNIT_STATUS_OFF",
    }
}
