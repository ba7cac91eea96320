//! `getMedia`: `GET /cgi-bin/media/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Asset_Management/Get_temporary_materials.html>.
//! Note: name, permission sets and error rows from the newer page doc/subscription/api/material/temporary/api_getmedia.html.
//! Note: a video material answers JSON `{"video_url": ...}` instead of the file; this declaration hands that JSON back as the bytes.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Downloads a temporary material (kept 3 days): the file's bytes on success, the JSON envelope on failure.
#[wx_endpoint(
    name = "getMedia",
    path = "/cgi-bin/media/get",
    method = GET,
    perm_sets = [1, 3, 8..=9, 11, 19, 30..=31, 100],
    binary,
    errors(
        use CommonError,
        40007 => InvalidMediaId: "invalid media_id",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetMedia {
    /// The temporary material's media id.
    pub media_id: String,
}
