//! `uploadvideo`: `POST /cgi-bin/media/uploadvideo`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html#3>.
//! Unverified: no copy of this page (nor of a newer one with an interface name) is in the stored corpus; the
//! name is the path's last segment, and the fields follow the sample and the older page as third parties
//! quote it; permission sets and the error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Turns an uploaded video into the `mpvideo` media_id mass sending needs.
#[wx_endpoint(
    name = "uploadvideo",
    path = "/cgi-bin/media/uploadvideo",
    response = UploadedVideo,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UploadVideo {
    /// The video's media_id (from material upload).
    #[wx(non_empty)]
    pub media_id: String,
    /// The title.
    pub title: Option<String>,
    /// The description.
    pub description: Option<String>,
}

/// The video prepared by `uploadvideo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UploadedVideo {
    /// The media type, `video`.
    #[serde(rename = "type")]
    pub media_type: String,
    /// The media_id for `mpvideo`.
    pub media_id: String,
    /// When it was prepared (Unix time).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub created_at: u64,
}
