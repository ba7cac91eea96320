//! The message contents and type that mass sending (`sendAll`, `massSend`) and `preview` share.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html>.
//! Note: the object tables were read on the newer pages
//! <https://developers.weixin.qq.com/doc/service/api/notify/message/api_sendall> and
//! <https://developers.weixin.qq.com/doc/service/api/notify/message/api_preview>.
//! Unverified: the `images` object's fields (`media_ids`, `recommend`, comment switches) come from the sample;
//! the stored copies were cut before that table.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// A mass message's type (`msgtype`).
    pub enum MassMessageType: text {
        /// `mpnews`: articles.
        Mpnews = "mpnews",
        /// `text`.
        Text = "text",
        /// `voice`.
        Voice = "voice",
        /// `music`.
        Music = "music",
        /// `image`: images (sent in the `images` object, or `image` for `preview`).
        Image = "image",
        /// `mpvideo`: a video prepared with `uploadvideo`.
        Mpvideo = "mpvideo",
        /// `wxcard`: a card.
        Wxcard = "wxcard",
    }
}

/// Who receives a tag mass message (`filter`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MassFilter {
    /// Whether every follower receives it (and it enters the history list); `tag_id` is ignored then.
    pub is_to_all: bool,
    /// The tag whose followers receive it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_id: Option<u64>,
}

/// A text mass message (`text`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MassText {
    /// The text.
    pub content: String,
}

/// A material sent by mass message (`mpnews`, `voice`, `image`, `music`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MassMedia {
    /// The material's media_id.
    pub media_id: String,
}

/// Images sent by mass message (`images`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MassImages {
    /// The images' media_ids.
    pub media_ids: Vec<String>,
    /// The recommendation text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recommend: Option<String>,
    /// Whether comments are open: 0 no, 1 yes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub need_open_comment: Option<u8>,
    /// Whether only followers may comment: 0 everyone, 1 followers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_fans_can_comment: Option<u8>,
}

/// A video sent by mass message (`mpvideo`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MassVideo {
    /// The media_id `uploadvideo` answered.
    pub media_id: String,
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A card sent by mass message (`wxcard`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MassCard {
    /// The card's id.
    pub card_id: String,
    /// The card's extension, a JSON text (`code`, `openid`, `timestamp`, `signature`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card_ext: Option<String>,
}

/// A mass send job, as `sendAll` and `massSend` answer it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MassSent {
    /// The send job's id, for `massmsgget` and `deleteMassMsg`.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub msg_id: u64,
    /// The message's data id (articles only), the first part of the article analytics `msgid`.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub msg_data_id: u64,
}
