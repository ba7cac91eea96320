//! `downloadQRCodeText`: `POST /cgi-bin/wxopen/qrcodejumpdownload`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/jumpqrcode-config/downloadQRCodeText.html>.
//! Note: the file goes in the last subdirectory the rule's URL names, or in the host's top
//! directory when it names none. 85075 is from the newer page api_downloadqrcodetext.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Downloads the random check file that proves ownership of a QR-code rule's URL prefix.
#[wx_endpoint(
    name = "downloadQRCodeText",
    path = "/cgi-bin/wxopen/qrcodejumpdownload",
    perm_sets = [3, 18],
    response = QrCodeCheckFile,
    errors(
        use CommonError,
        44002 => EmptyPostData: "empty POST body: the body must not be empty",
        85075 => PersonalAccountNoQrRules: "personal Mini Programs cannot set QR code rules",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DownloadQrCodeText;

/// The check file returned by `downloadQRCodeText`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct QrCodeCheckFile {
    /// The file's name.
    pub file_name: String,
    /// The file's content.
    pub file_content: String,
}
