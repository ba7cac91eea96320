//! Offline push settings of a message (`OfflinePushInfo`), from the "Message Formats" page
//! <https://www.tencentcloud.com/document/product/1047/33527>.
//!
//! Note: `OfflinePushInfo.AndroidInfo` fields `PushStyle`, `VIVOCategory`, `OPPOCategory`,
//! `HuaWeiImage`, `HonorImage`, `HonorImportance`, `GoogleImage` and `ApnsInfo` fields
//! `InterruptionLevel`, `ContentAvailable` are listed by the Chinese page only (the English table
//! stops at `HuaWeiCategory` / `MutableContent`); `ApnsInfo.Sound` is in the page's example but not in
//! its table.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// Whether a message is pushed offline (`PushFlag`).
    pub enum PushFlag: code {
        /// 0: push.
        Push = 0,
        /// 1: no offline push.
        NoPush = 1,
    }
}

/// Offline push settings of a message (`OfflinePushInfo`); when set, the push settings of a
/// `TIMCustomElem` are ignored. APNs payloads are limited to 4 KB: keep `Desc` + `Ext` under 3 KB.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct OfflinePushInfo {
    /// 0: push (default), 1: no offline push.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub push_flag: Option<PushFlag>,
    /// Push title, for iOS and Android.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Push text; overrides every element's push text (and a lone `TIMCustomElem`'s `Desc`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Pass-through content; JSON, so that every Android vendor channel delivers it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    /// Android settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub android_info: Option<AndroidInfo>,
    /// APNs (iOS) settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apns_info: Option<ApnsInfo>,
}

/// Android offline push settings (`OfflinePushInfo.AndroidInfo`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AndroidInfo {
    /// Path of the push sound file.
    #[serde(rename = "Sound", skip_serializing_if = "Option::is_none")]
    pub sound: Option<String>,
    /// Notification style: 0 default, 1 big text; Huawei, Honor and OPPO only (Chinese page only).
    #[serde(rename = "PushStyle", skip_serializing_if = "Option::is_none")]
    pub push_style: Option<i64>,
    /// Huawei (EMUI 10.0+) notification channel; overrides the console's ChannelID when set.
    #[serde(rename = "HuaWeiChannelID", skip_serializing_if = "Option::is_none")]
    pub huawei_channel_id: Option<String>,
    /// Xiaomi (MIUI 10+) notification channel; overrides the console's ChannelID when set.
    #[serde(rename = "XiaoMiChannelID", skip_serializing_if = "Option::is_none")]
    pub xiaomi_channel_id: Option<String>,
    /// OPPO (Android 8.0+) NotificationChannel; overrides the console's ChannelID when set.
    #[serde(rename = "OPPOChannelID", skip_serializing_if = "Option::is_none")]
    pub oppo_channel_id: Option<String>,
    /// Google (Android 8.0+) notification channel; new FCM API only.
    #[serde(rename = "GoogleChannelID", skip_serializing_if = "Option::is_none")]
    pub google_channel_id: Option<String>,
    /// vivo message class: 0 operational, 1 system (default).
    #[serde(rename = "VIVOClassification", skip_serializing_if = "Option::is_none")]
    pub vivo_classification: Option<i64>,
    /// vivo message category; overrides the console's category when set (Chinese page only).
    #[serde(rename = "VIVOCategory", skip_serializing_if = "Option::is_none")]
    pub vivo_category: Option<String>,
    /// OPPO message category; overrides the console's category when set (Chinese page only).
    #[serde(rename = "OPPOCategory", skip_serializing_if = "Option::is_none")]
    pub oppo_category: Option<String>,
    /// Huawei notification class: `LOW` or `NORMAL` (default).
    #[serde(rename = "HuaWeiImportance", skip_serializing_if = "Option::is_none")]
    pub huawei_importance: Option<String>,
    /// With "open specified in-app page": 1 passes `Ext` as the Intent parameter, 0 (default) as the Action.
    #[serde(rename = "ExtAsHuaweiIntentParam", skip_serializing_if = "Option::is_none")]
    pub ext_as_huawei_intent_param: Option<i64>,
    /// Huawei message category; overrides the console's category when set.
    #[serde(rename = "HuaWeiCategory", skip_serializing_if = "Option::is_none")]
    pub huawei_category: Option<String>,
    /// HTTPS URL of the Huawei notification's right-side icon, under 512 KB (Chinese page only).
    #[serde(rename = "HuaWeiImage", skip_serializing_if = "Option::is_none")]
    pub huawei_image: Option<String>,
    /// HTTPS URL of the Honor notification's right-side icon, under 512 KB (Chinese page only).
    #[serde(rename = "HonorImage", skip_serializing_if = "Option::is_none")]
    pub honor_image: Option<String>,
    /// Honor notification class: `LOW` or `NORMAL` (default) (Chinese page only).
    #[serde(rename = "HonorImportance", skip_serializing_if = "Option::is_none")]
    pub honor_importance: Option<String>,
    /// URL of the Google notification's right-side icon, at most 1 MB (Chinese page only).
    #[serde(rename = "GoogleImage", skip_serializing_if = "Option::is_none")]
    pub google_image: Option<String>,
}

/// APNs offline push settings (`OfflinePushInfo.ApnsInfo`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ApnsInfo {
    /// Push sound file name (in the page's example, not its table).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sound: Option<String>,
    /// 0 or unset: the message counts toward the badge; 1: it does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub badge_mode: Option<i64>,
    /// APNs title; replaces the top-level `Title`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// APNs subtitle.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub_title: Option<String>,
    /// Image URL the client may download and show in the notification.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// 1: enable the iOS 10+ push extension; 0 (default) off.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mutable_content: Option<i64>,
    /// iOS 15+ interruption level: `active`, `critical`, `passive` or `time-sensitive` (Chinese page only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interruption_level: Option<String>,
    /// 1: silent push without a banner (Chinese page only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_available: Option<i64>,
}
