//! Tencent IM message elements (`MsgBody`) and offline push settings (`OfflinePushInfo`).
//!
//! Source: the official "Message Formats" page,
//! <https://www.tencentcloud.com/document/product/1047/33527> (also <https://trtc.io/document/33527>;
//! Chinese twin <https://cloud.tencent.com/document/product/269/2720>).
//!
//! A message body is `Vec<MsgElement>`, each element `{"MsgType": "TIMTextElem", "MsgContent": {...}}`.
//! An element type this version does not know is kept as [`MsgElement::Unknown`] and is sent back
//! exactly as it came.

mod content;
mod offline_push;

pub use content::*;
pub use offline_push::*;

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

    /// The text of a `TIMTextElem`; `None` for other elements.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            MsgElement::Text(text) => Some(&text.text),
            _ => None,
        }
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
