//! The ad slot types (`ad_slot`) the AMS calls take and answer.

crate::wire_enum! {
    /// A Mini Program ad slot type (`ad_slot`; `type` when creating an ad unit; `slot_id` where a
    /// page names the slot type so). The values are those WeChat's ad data page lists for Mini
    /// Programs (<https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/ad/ad-data-interface.html>);
    /// others are kept as they came.
    pub enum AdSlot: text {
        /// `SLOT_ID_WEAPP_BANNER`: banner ad.
        Banner = "SLOT_ID_WEAPP_BANNER",
        /// `SLOT_ID_WEAPP_REWARD_VIDEO`: rewarded video ad.
        RewardVideo = "SLOT_ID_WEAPP_REWARD_VIDEO",
        /// `SLOT_ID_WEAPP_INTERSTITIAL`: interstitial ad.
        Interstitial = "SLOT_ID_WEAPP_INTERSTITIAL",
        /// `SLOT_ID_WEAPP_VIDEO_FEEDS`: video ad.
        VideoFeeds = "SLOT_ID_WEAPP_VIDEO_FEEDS",
        /// `SLOT_ID_WEAPP_VIDEO_BEGIN`: pre-roll video ad.
        VideoBegin = "SLOT_ID_WEAPP_VIDEO_BEGIN",
        /// `SLOT_ID_WEAPP_BOX`: grid ad.
        Grid = "SLOT_ID_WEAPP_BOX",
        /// `SLOT_ID_WEAPP_COVER`: cover ad.
        Cover = "SLOT_ID_WEAPP_COVER",
        /// `SLOT_ID_WEAPP_TEMPLATE`: native template ad.
        Template = "SLOT_ID_WEAPP_TEMPLATE",
    }
}
