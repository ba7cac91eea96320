//! `uploadImage`: `POST /cgi-bin/media/uploadimg`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html#0>.
//! Note: the interface name, permission sets, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/material/permanent/api_uploadimage>.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Uploads an image (JPG or PNG, under 1 MB) for use inside article content and answers its URL; it does not count against the material library.
#[wx_endpoint(
    name = "uploadImage",
    path = "/cgi-bin/media/uploadimg",
    perm_sets = [1, 8..=9, 11, 18, 37, 100],
    multipart,
    response = UploadedImage,
    errors(
        use CommonError,
        40005 => InvalidFileType: "invalid file type",
        40009 => InvalidImageSize: "the image is too large",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UploadImage {
    /// The image, JPG or PNG, under 1 MB.
    #[wx(max_bytes = 1048576)]
    pub media: Upload,
}

/// The image uploaded by `uploadImage`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UploadedImage {
    /// The image's URL, for article content.
    pub url: String,
}
