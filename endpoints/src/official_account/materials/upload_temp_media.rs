//! `uploadTempMedia`: `POST /cgi-bin/media/upload`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/New_temporary_materials.html>.
//! Note: name, permission sets and error rows from the newer page doc/subscription/api/material/temporary/api_uploadtempmedia.html.
//! Note: `type` travels in the query, as on the page's request line (`?access_token=ACCESS_TOKEN&type=TYPE`).
//! Note: size limits per type: image 10 MB (the newer page's notes also say 2 MB), voice 2 MB, video 10 MB, thumb 64 KB; `max_bytes` checks the largest.

use super::MediaType;
use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Uploads a temporary image, voice, video or thumbnail (kept 3 days) and answers its media id.
#[wx_endpoint(
    name = "uploadTempMedia",
    path = "/cgi-bin/media/upload",
    perm_sets = [1, 3, 8..=9, 11, 19, 30..=31, 100],
    multipart,
    response = TempMedia,
    errors(
        use CommonError,
        40004 => InvalidMediaType: "invalid media type",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UploadTempMedia {
    /// `image`, `voice`, `video` or `thumb`.
    #[serde(rename = "type")]
    #[wx(query)]
    pub media_type: MediaType,
    /// The file: image 10 MB (png/jpeg/jpg/gif), voice 2 MB (amr/mp3), video 10 MB (mp4), thumb 64 KB (jpg).
    #[wx(max_bytes = 10485760)]
    pub media: Upload,
}

/// The temporary material uploaded by `uploadTempMedia`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TempMedia {
    /// The media type.
    #[serde(rename = "type")]
    pub media_type: Option<MediaType>,
    /// The media id; it expires after 3 days.
    pub media_id: String,
    /// Unix time of the upload.
    pub created_at: i64,
}
