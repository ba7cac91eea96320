//! What the ad analysis calls (`/publisher/stat`) share: the ad slot types.

crate::wire_enum! {
    /// An ad slot type (`ad_slot`; `slot_id` of a settlement's `slot_revenue`).
    pub enum PublisherAdSlot: text {
        /// `SLOT_ID_BIZ_BOTTOM`: the ad at the bottom of an article.
        BizBottom = "SLOT_ID_BIZ_BOTTOM",
        /// `SLOT_ID_BIZ_MID_CONTEXT`: the ad inside an article.
        BizMidContext = "SLOT_ID_BIZ_MID_CONTEXT",
        /// `SLOT_ID_BIZ_VIDEO_END`: the ad after a video.
        BizVideoEnd = "SLOT_ID_BIZ_VIDEO_END",
        /// `SLOT_ID_BIZ_SPONSOR`: mutually selected (sponsor) ads.
        BizSponsor = "SLOT_ID_BIZ_SPONSOR",
        /// `SLOT_ID_BIZ_CPS`: commission (CPS) goods.
        BizCps = "SLOT_ID_BIZ_CPS",
        /// `SLOT_ID_WEAPP_BANNER`: a Mini Program banner.
        WeappBanner = "SLOT_ID_WEAPP_BANNER",
        /// `SLOT_ID_WEAPP_REWARD_VIDEO`: a Mini Program rewarded video.
        WeappRewardVideo = "SLOT_ID_WEAPP_REWARD_VIDEO",
        /// `SLOT_ID_WEAPP_INTERSTITIAL`: a Mini Program interstitial ad.
        WeappInterstitial = "SLOT_ID_WEAPP_INTERSTITIAL",
        /// `SLOT_ID_WEAPP_VIDEO_FEEDS`: a Mini Program video ad.
        WeappVideoFeeds = "SLOT_ID_WEAPP_VIDEO_FEEDS",
        /// `SLOT_ID_WEAPP_VIDEO_BEGIN`: a Mini Program pre-roll video.
        WeappVideoBegin = "SLOT_ID_WEAPP_VIDEO_BEGIN",
        /// `SLOT_ID_WEAPP_BOX`: a Mini Program grid ad.
        WeappBox = "SLOT_ID_WEAPP_BOX",
        /// `SLOT_ID_WEAPP_COVER`: a Mini Program cover ad.
        WeappCover = "SLOT_ID_WEAPP_COVER",
        /// `SLOT_ID_WEAPP_TEMPLATE`: a Mini Program native template ad.
        WeappTemplate = "SLOT_ID_WEAPP_TEMPLATE",
    }
}
