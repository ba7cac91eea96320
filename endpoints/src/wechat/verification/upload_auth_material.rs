//! `secwxaapi_uploadauthmaterial`: `POST /wxa/sec/uploadauthmaterial`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/weapp-wxverify/secwxaapi_uploadauthmaterial.html>.
//! Note: the facts were read on the newer page api_secwxaapi_uploadauthmaterial.

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};

/// Uploads a verification image (at most 2 MB: PNG, JPEG, JPG, GIF) and answers its media id.
#[wx_endpoint(
    name = "secwxaapi_uploadauthmaterial",
    path = "/wxa/sec/uploadauthmaterial",
    perm_sets = [18],
    multipart,
    response = AuthMaterial,
    errors(
        use CommonError,
        40005 => InvalidFileType: "invalid file type",
        40006 => InvalidMediaSize: "the file is larger than the upload limit",
        41005 => MediaDataMissing: "media data missing: the upload has no image",
        43002 => RequirePost: "this API requires POST",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UploadAuthMaterial {
    /// The image.
    pub media: Upload,
}

/// The material uploaded by `secwxaapi_uploadauthmaterial`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AuthMaterial {
    /// The media's type.
    #[serde(rename = "type")]
    pub media_type: String,
    /// The media id, for `auth_data`'s material fields.
    pub mediaid: String,
}
