//! Tencent IM message elements (`MsgBody`) and offline push settings (`OfflinePushInfo`).
//!
//! Source: the official "Message Formats" page,
//! <https://www.tencentcloud.com/document/product/1047/33527> (also <https://trtc.io/document/33527>;
//! Chinese twin <https://cloud.tencent.com/document/product/269/2720>).
//!
//! A message body is `Vec<MsgElement>`, each element `{"MsgType": "TIMTextElem", "MsgContent": {...}}`.
//! An element type this version does not know is kept as [`MsgElement::Unknown`] and is sent back
//! exactly as it came.
//!
//! Note: `OfflinePushInfo.AndroidInfo` fields `PushStyle`, `VIVOCategory`, `OPPOCategory`,
//! `HuaWeiImage`, `HonorImage`, `HonorImportance`, `GoogleImage` and `ApnsInfo` fields
//! `InterruptionLevel`, `ContentAvailable` are listed by the Chinese page only (the English table
//! stops at `HuaWeiCategory` / `MutableContent`); `ApnsInfo.Sound` is in the page's example but not in
//! its table.

use serde::de::{self, DeserializeOwned, Deserializer};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// One element of a message body: `{"MsgType": "...", "MsgContent": {...}}`.
#[derive(Clone, Debug, PartialEq)]
pub enum MsgElement {
    /// `TIMTextElem`: text.
    Text(TextElem),
    /// `TIMLocationElem`: a geographic location.
    Location(LocationElem),
    /// `TIMFaceElem`: an emoji chosen by index.
    Face(FaceElem),
    /// `TIMCustomElem`: application-defined data (at most one per message).
    Custom(CustomElem),
    /// `TIMSoundElem`: a voice clip.
    Sound(SoundElem),
    /// `TIMImageElem`: an image in up to three sizes.
    Image(ImageElem),
    /// `TIMFileElem`: a file.
    File(FileElem),
    /// `TIMVideoFileElem`: a video and its thumbnail.
    Video(VideoFileElem),
    /// `TIMRelayElem`: a combined (merged and forwarded) message.
    Relay(RelayElem),
    /// An element type this version does not know, kept as it came (its content is free-form JSON).
    Unknown {
        /// The element's `MsgType`, e.g. `TIMGroupTipElem`.
        msg_type: String,
        /// The element's `MsgContent`, as sent.
        msg_content: serde_json::Value,
    },
}

impl MsgElement {
    /// A `TIMTextElem` with the given text.
    pub fn text(text: impl Into<String>) -> Self {
        MsgElement::Text(TextElem { text: text.into() })
    }

    /// A `TIMCustomElem`: `data` is the payload, `desc` the offline push text, `ext` the APNs `ext`
    /// value.
    pub fn custom(data: impl Into<String>, desc: Option<String>, ext: Option<String>) -> Self {
        MsgElement::Custom(CustomElem { data: data.into(), desc, ext, sound: None })
    }

    /// The element's wire type, e.g. `TIMTextElem`.
    pub fn msg_type(&self) -> &str {
        match self {
            MsgElement::Text(_) => "TIMTextElem",
            MsgElement::Location(_) => "TIMLocationElem",
            MsgElement::Face(_) => "TIMFaceElem",
            MsgElement::Custom(_) => "TIMCustomElem",
            MsgElement::Sound(_) => "TIMSoundElem",
            MsgElement::Image(_) => "TIMImageElem",
            MsgElement::File(_) => "TIMFileElem",
            MsgElement::Video(_) => "TIMVideoFileElem",
            MsgElement::Relay(_) => "TIMRelayElem",
            MsgElement::Unknown { msg_type, .. } => msg_type,
        }
    }
}

impl Serialize for MsgElement {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("MsgType", self.msg_type())?;
        match self {
            MsgElement::Text(content) => map.serialize_entry("MsgContent", content)?,
            MsgElement::Location(content) => map.serialize_entry("MsgContent", content)?,
            MsgElement::Face(content) => map.serialize_entry("MsgContent", content)?,
            MsgElement::Custom(content) => map.serialize_entry("MsgContent", content)?,
            MsgElement::Sound(content) => map.serialize_entry("MsgContent", content)?,
            MsgElement::Image(content) => map.serialize_entry("MsgContent", content)?,
            MsgElement::File(content) => map.serialize_entry("MsgContent", content)?,
            MsgElement::Video(content) => map.serialize_entry("MsgContent", content)?,
            MsgElement::Relay(content) => map.serialize_entry("MsgContent", content)?,
            MsgElement::Unknown { msg_content, .. } => map.serialize_entry("MsgContent", msg_content)?,
        }
        map.end()
    }
}

/// The element as read from the wire, before its content is typed.
#[derive(Deserialize)]
struct RawElement {
    #[serde(rename = "MsgType")]
    msg_type: String,
    #[serde(rename = "MsgContent", default)]
    msg_content: serde_json::Value,
}

fn content<T: DeserializeOwned, E: de::Error>(msg_type: &str, value: serde_json::Value) -> Result<T, E> {
    serde_json::from_value(value).map_err(|error| E::custom(format_args!("{msg_type} MsgContent: {error}")))
}

impl<'de> Deserialize<'de> for MsgElement {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let RawElement { msg_type, msg_content } = RawElement::deserialize(deserializer)?;
        Ok(match msg_type.as_str() {
            "TIMTextElem" => MsgElement::Text(content(&msg_type, msg_content)?),
            "TIMLocationElem" => MsgElement::Location(content(&msg_type, msg_content)?),
            "TIMFaceElem" => MsgElement::Face(content(&msg_type, msg_content)?),
            "TIMCustomElem" => MsgElement::Custom(content(&msg_type, msg_content)?),
            "TIMSoundElem" => MsgElement::Sound(content(&msg_type, msg_content)?),
            "TIMImageElem" => MsgElement::Image(content(&msg_type, msg_content)?),
            "TIMFileElem" => MsgElement::File(content(&msg_type, msg_content)?),
            "TIMVideoFileElem" => MsgElement::Video(content(&msg_type, msg_content)?),
            "TIMRelayElem" => MsgElement::Relay(content(&msg_type, msg_content)?),
            _ => MsgElement::Unknown { msg_type, msg_content },
        })
    }
}

/// `TIMTextElem` content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct TextElem {
    /// The text; also the offline push text.
    pub text: String,
}

/// `TIMLocationElem` content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct LocationElem {
    /// Description of the location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Latitude.
    pub latitude: f64,
    /// Longitude.
    pub longitude: f64,
}

/// `TIMFaceElem` content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FaceElem {
    /// The emoji's index, defined by the application.
    pub index: i64,
    /// Additional data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
}

/// `TIMCustomElem` content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct CustomElem {
    /// The custom payload (not delivered in the APNs payload).
    pub data: String,
    /// Description; the offline push text (overridden by `OfflinePushInfo.Desc`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Extension delivered as the `ext` key of the APNs payload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    /// Custom APNs push sound file name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sound: Option<String>,
}

/// `TIMSoundElem` content. Sent by the REST API with `Url`, `UUID` and `Download_Flag` = 2; SDKs 2.X/3.X
/// send only `UUID`, `Size` and `Second`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SoundElem {
    /// Download URL of the voice clip.
    #[serde(rename = "Url", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Globally unique identifier of the clip (usually its MD5), used by clients as its key.
    #[serde(rename = "UUID", skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Size in bytes.
    #[serde(rename = "Size", skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// Duration in seconds.
    #[serde(rename = "Second", skip_serializing_if = "Option::is_none")]
    pub second: Option<u64>,
    /// Download method; must be 2 (download from `Url`).
    #[serde(rename = "Download_Flag", skip_serializing_if = "Option::is_none")]
    pub download_flag: Option<i64>,
}

crate::wire_enum! {
    /// An image's format (`ImageFormat`).
    pub enum ImageFormat: code {
        /// JPG.
        Jpg = 1,
        /// GIF.
        Gif = 2,
        /// PNG.
        Png = 3,
        /// BMP.
        Bmp = 4,
        /// Any other format.
        Other = 255,
    }
}

crate::wire_enum! {
    /// Which size of an image an `ImageInfoArray` item is (`Type`).
    pub enum ImageSize: code {
        /// The original image.
        Original = 1,
        /// The large image.
        Large = 2,
        /// The thumbnail.
        Thumbnail = 3,
    }
}

/// One size of an image (`ImageInfoArray` item).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImageInfo {
    /// Which size this is: original, large or thumbnail.
    #[serde(rename = "Type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<ImageSize>,
    /// Size in bytes.
    #[serde(rename = "Size", skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// Width in pixels.
    #[serde(rename = "Width", skip_serializing_if = "Option::is_none")]
    pub width: Option<u64>,
    /// Height in pixels.
    #[serde(rename = "Height", skip_serializing_if = "Option::is_none")]
    pub height: Option<u64>,
    /// Download URL of this size.
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// `TIMImageElem` content. Sent by the REST API with `URL`, `UUID`, `Width` and `Height` filled.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ImageElem {
    /// Globally unique identifier of the image (usually its MD5), used by clients as its key.
    #[serde(rename = "UUID", skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// The image's format.
    #[serde(rename = "ImageFormat", skip_serializing_if = "Option::is_none")]
    pub image_format: Option<ImageFormat>,
    /// Download information of the original, large and thumbnail sizes.
    #[serde(rename = "ImageInfoArray", skip_serializing_if = "Vec::is_empty")]
    pub image_info_array: Vec<ImageInfo>,
}

/// `TIMFileElem` content. Sent by the REST API with `Url`, `UUID` and `Download_Flag` = 2.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FileElem {
    /// Download URL of the file.
    #[serde(rename = "Url", skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Globally unique identifier of the file (usually its MD5), used by clients as its key.
    #[serde(rename = "UUID", skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Size in bytes.
    #[serde(rename = "FileSize", skip_serializing_if = "Option::is_none")]
    pub file_size: Option<u64>,
    /// File name (the table spells it `fileName`; the examples, and this field, `FileName`).
    #[serde(rename = "FileName", alias = "fileName", skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// Download method; must be 2 (download from `Url`).
    #[serde(rename = "Download_Flag", skip_serializing_if = "Option::is_none")]
    pub download_flag: Option<i64>,
}

/// `TIMVideoFileElem` content. Sent by the REST API with `VideoUrl`, `VideoUUID`, `ThumbUrl`,
/// `ThumbUUID`, `ThumbWidth`, `ThumbHeight` and both download flags = 2.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct VideoFileElem {
    /// Download URL of the video.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video_url: Option<String>,
    /// Globally unique identifier of the video (usually its MD5).
    #[serde(rename = "VideoUUID", skip_serializing_if = "Option::is_none")]
    pub video_uuid: Option<String>,
    /// Video size in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video_size: Option<u64>,
    /// Video duration in seconds (0 from web clients).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video_second: Option<u64>,
    /// Video format, e.g. `mp4`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video_format: Option<String>,
    /// Video download method; must be 2 (download from `VideoUrl`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub video_download_flag: Option<i64>,
    /// Download URL of the thumbnail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumb_url: Option<String>,
    /// Globally unique identifier of the thumbnail.
    #[serde(rename = "ThumbUUID", skip_serializing_if = "Option::is_none")]
    pub thumb_uuid: Option<String>,
    /// Thumbnail size in bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumb_size: Option<u64>,
    /// Thumbnail width in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumb_width: Option<u64>,
    /// Thumbnail height in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumb_height: Option<u64>,
    /// Thumbnail format, e.g. `JPG`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumb_format: Option<String>,
    /// Thumbnail download method; must be 2 (download from `ThumbUrl`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumb_download_flag: Option<i64>,
}

/// `TIMRelayElem` content: a combined message (native SDK 5.2.210+, web SDK 2.10.1+).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct RelayElem {
    /// Title of the combined message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Number of messages combined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub msg_num: Option<u64>,
    /// Text delivered instead to SDKs that do not support combined messages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compatible_text: Option<String>,
    /// Digest lines of the combined message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abstract_list: Option<Vec<String>>,
    /// The messages, when their total is at most 12 KB (else `JsonMsgKey` is set instead).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub msg_list: Option<Vec<RelayMsg>>,
    /// Key of the message list, when the total exceeds 12 KB (else `MsgList` is set instead).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub json_msg_key: Option<String>,
}

/// One message inside a combined message (`MsgList` item).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct RelayMsg {
    /// Sender's UserID.
    #[serde(rename = "From_Account", skip_serializing_if = "Option::is_none")]
    pub from_account: Option<String>,
    /// Recipient's UserID (one-to-one messages only).
    #[serde(rename = "To_Account", skip_serializing_if = "Option::is_none")]
    pub to_account: Option<String>,
    /// Group ID (group messages only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// Sequence number (32-bit unsigned).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub msg_seq: Option<u32>,
    /// Random number (32-bit unsigned).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub msg_random: Option<u32>,
    /// Timestamp in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub msg_time_stamp: Option<i64>,
    /// The message's elements.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub msg_body: Vec<MsgElement>,
    /// Custom data stored with the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn round_trip(wire: Value) -> MsgElement {
        let element: MsgElement = serde_json::from_value(wire.clone()).unwrap();
        assert_eq!(serde_json::to_value(&element).unwrap(), wire);
        element
    }

    #[test]
    fn text() {
        let element = round_trip(json!({"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello world"}}));
        assert_eq!(element, MsgElement::text("hello world"));
        assert_eq!(element.msg_type(), "TIMTextElem");
    }

    #[test]
    fn location() {
        let element = round_trip(json!({"MsgType": "TIMLocationElem", "MsgContent": {
            "Desc": "someinfo", "Latitude": 29.340656774469956, "Longitude": 116.77497920478824}}));
        assert!(matches!(element, MsgElement::Location(LocationElem { latitude, .. }) if latitude > 29.0));
    }

    #[test]
    fn face() {
        let element =
            round_trip(json!({"MsgType": "TIMFaceElem", "MsgContent": {"Index": 1, "Data": "content"}}));
        assert_eq!(element, MsgElement::Face(FaceElem { index: 1, data: Some("content".into()) }));
    }

    #[test]
    fn custom() {
        let element = round_trip(json!({"MsgType": "TIMCustomElem", "MsgContent": {
            "Data": "message", "Desc": "notification", "Ext": "url", "Sound": "dingdong.aiff"}}));
        assert_eq!(element.msg_type(), "TIMCustomElem");
        let built = MsgElement::custom("message", Some("notification".into()), None);
        assert_eq!(
            serde_json::to_value(&built).unwrap(),
            json!({"MsgType": "TIMCustomElem", "MsgContent": {"Data": "message", "Desc": "notification"}})
        );
    }

    #[test]
    fn sound() {
        round_trip(json!({"MsgType": "TIMSoundElem", "MsgContent": {
            "Url": "https://example.com/abc123/c9be9d32c05bfb77b3edafa4312c6c7d",
            "UUID": "1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F", "Size": 62351, "Second": 1, "Download_Flag": 2}}));
        // The 2.X/3.X format: only UUID, Size and Second.
        round_trip(
            json!({"MsgType": "TIMSoundElem", "MsgContent": {"UUID": "305c0201", "Size": 62351, "Second": 1}}),
        );
    }

    #[test]
    fn image() {
        let element = round_trip(json!({"MsgType": "TIMImageElem", "MsgContent": {
        "UUID": "1853095_D61040894AC3DE44CDFFFB3EC7EB720F",
        "ImageFormat": 1,
        "ImageInfoArray": [
            {"Type": 1, "Size": 1853095, "Width": 2448, "Height": 3264, "URL": "http://xxx/0"},
            {"Type": 2, "Size": 2565240, "Width": 0, "Height": 0, "URL": "http://xxx/720"},
            {"Type": 3, "Size": 12535, "Width": 0, "Height": 0, "URL": "http://xxx/198"}
        ]}}));
        let MsgElement::Image(image) = element else { panic!("not an image") };
        assert_eq!(image.image_format, Some(ImageFormat::Jpg));
        assert_eq!(image.image_info_array[2].kind, Some(ImageSize::Thumbnail));
    }

    #[test]
    fn file() {
        round_trip(json!({"MsgType": "TIMFileElem", "MsgContent": {
            "Url": "https://example.com/abc123/49be9d32c0fbfba7b31dafa4312c6c7d",
            "UUID": "1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F", "FileSize": 1773552,
            "FileName": "file:///private/var/Application/tmp/trim.MOV", "Download_Flag": 2}}));
    }

    #[test]
    fn video() {
        round_trip(json!({"MsgType": "TIMVideoFileElem", "MsgContent": {
            "VideoUrl": "https://example.com/abcd/f7c6ad3c50af7d83e23efe0a208b90c9",
            "VideoUUID": "5da38ba89d6521011e1f6f3fd6692e35", "VideoSize": 1194603, "VideoSecond": 5,
            "VideoFormat": "mp4", "VideoDownloadFlag": 2,
            "ThumbUrl": "https://example.com/abcd/a6c170c9c599280cb06e0523d7a1f37b",
            "ThumbUUID": "6edaffedef5150684510cf97957b7bc8", "ThumbSize": 13907, "ThumbWidth": 720,
            "ThumbHeight": 1280, "ThumbFormat": "JPG", "ThumbDownloadFlag": 2}}));
    }

    #[test]
    fn relay() {
        let element = round_trip(json!({"MsgType": "TIMRelayElem", "MsgContent": {
        "Title": "Group chat history", "MsgNum": 2,
        "CompatibleText": "The SDK version does not support combined messages.",
        "AbstractList": ["A: What do you think of this?", "B: I think it's great."],
        "MsgList": [
            {"From_Account": "A", "GroupId": "group1", "MsgSeq": 85, "MsgRandom": 3998651049u32,
             "MsgTimeStamp": 1664437702,
             "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": " What do you think of this?"}}]},
            {"From_Account": "B", "GroupId": "group1", "MsgSeq": 86, "MsgRandom": 965790,
             "MsgTimeStamp": 1664437703,
             "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "I think it's great."}}]}
        ]}}));
        let MsgElement::Relay(relay) = element else { panic!("not a relay") };
        assert_eq!(relay.msg_list.unwrap()[1].msg_body, vec![MsgElement::text("I think it's great.")]);
    }

    #[test]
    fn unknown_is_kept() {
        let wire = json!({"MsgType": "TIMGroupTipElem", "MsgContent": {"OpType": 1, "Extra": [1, "a"]}});
        let element = round_trip(wire.clone());
        assert_eq!(element.msg_type(), "TIMGroupTipElem");
        assert!(
            matches!(element, MsgElement::Unknown { ref msg_content, .. } if msg_content == &wire["MsgContent"])
        );
    }

    #[test]
    fn offline_push_info() {
        let wire = json!({
            "PushFlag": 0, "Title": "This is the push title", "Desc": "This is the offline push content",
            "Ext": "Passthrough content",
            "AndroidInfo": {"Sound": "android.mp3", "OPPOChannelID": "test_OPPO_channel_id", "VIVOClassification": 1},
            "ApnsInfo": {"Sound": "apns.mp3", "BadgeMode": 1, "Title": "apns title", "SubTitle": "apns subtitle",
                         "Image": "www.image.com", "MutableContent": 1}
        });
        let info: OfflinePushInfo = serde_json::from_value(wire.clone()).unwrap();
        assert_eq!(info.push_flag, Some(PushFlag::Push));
        assert_eq!(serde_json::to_value(&info).unwrap(), wire);
    }
}
