//! `uploadMediaToCodeAudit`: `POST /wxa/uploadmedia`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/uploadMediaToCodeAudit.html>.

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};

/// Uploads an image (at most 2 MB: PNG, JPEG, GIF) or video (at most 10 MB MP4) for `submit_audit`'s preview; the mediaid lasts 3 days.
#[wx_endpoint(
    name = "uploadMediaToCodeAudit",
    path = "/wxa/uploadmedia",
    perm_sets = [18],
    multipart,
    response = UploadedMedia,
    errors(
        use CommonError,
        40005 => InvalidFileType: "invalid file type",
        40006 => InvalidMediaSize: "invalid media size",
        41005 => MediaDataMissing: "media data missing",
        43002 => RequirePost: "this API requires POST",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UploadMediaToCodeAudit {
    /// The image or video file.
    pub media: Upload,
}

/// The media uploaded by `uploadMediaToCodeAudit`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UploadedMedia {
    /// `image` or `video`.
    #[serde(rename = "type")]
    pub media_type: String,
    /// The media id, for `submit_audit`'s `preview_info`.
    pub mediaid: String,
}
