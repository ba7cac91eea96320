//! `addMaterial`: `POST /cgi-bin/material/add_material`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Adding_Permanent_Assets.html#%E6%96%B0%E5%A2%9E%E5%85%B6%E4%BB%96%E7%B1%BB%E5%9E%8B%E6%B0%B8%E4%B9%85%E7%B4%A0%E6%9D%90>.
//! Note: name, permission sets and error rows from the newer page doc/service/api/material/permanent/api_addmaterial.html.
//! Note: `type` travels in the query, as on the page's request line (`?access_token=ACCESS_TOKEN&type=TYPE`).
//! Note: size limits per type (newer page): image 10 MB, voice 2 MB, video 10 MB, thumb 64 KB; `max_bytes` checks the largest.

use super::MediaType;
use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Adds a permanent image, voice, video or thumbnail material and answers its media id (and an image's URL).
#[wx_endpoint(
    name = "addMaterial",
    path = "/cgi-bin/material/add_material",
    perm_sets = [11, 100],
    multipart,
    response = AddedMaterial,
    errors(
        use CommonError,
        40007 => InvalidMediaId: "invalid media_id",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct AddMaterial {
    /// `image`, `voice`, `video` or `thumb`.
    #[serde(rename = "type")]
    #[wx(query)]
    pub media_type: MediaType,
    /// The file: image 10 MB (bmp/png/jpeg/jpg/gif), voice 2 MB, video 10 MB (mp4), thumb 64 KB (jpg).
    #[wx(max_bytes = 10485760)]
    pub media: Upload,
    /// Required for a video: the JSON text `{"title": ..., "introduction": ...}`.
    pub description: Option<String>,
}

/// The material added by `addMaterial`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AddedMaterial {
    /// The new permanent material's media id.
    pub media_id: String,
    /// The image's URL, for use on Tencent domains (images only).
    pub url: String,
}
