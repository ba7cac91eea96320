//! `uploadPrivacySetting`: `POST /cgi-bin/component/uploadprivacyextfile`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/privacy-management/uploadPrivacySetting.html>.

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};

/// Uploads a custom privacy guide (a TXT file of at most 100 KB) for `setPrivacySetting`'s `ext_file_media_id`.
#[wx_endpoint(
    name = "uploadPrivacySetting",
    path = "/cgi-bin/component/uploadprivacyextfile",
    perm_sets = [18],
    multipart,
    response = PrivacyExtFile,
    errors(
        use CommonError,
        40006 => InvalidMediaSize: "the file is larger than the upload limit",
        40126 => InvalidTextSize: "the file is larger than 100 KB",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UploadPrivacySetting {
    /// The privacy guide, a TXT file.
    pub file: Upload,
}

/// The privacy guide file uploaded by `uploadPrivacySetting`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivacyExtFile {
    /// The file's media_id, for `owner_setting.ext_file_media_id`.
    pub ext_file_media_id: String,
}
