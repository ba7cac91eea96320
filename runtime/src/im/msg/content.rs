//! What each message element carries (`MsgContent`), by element type.

use serde::{Deserialize, Serialize};

use super::MsgElement;

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
