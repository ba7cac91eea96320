//! `superResolution`: `POST /cv/img/superresolution`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/Img_Proc.html#%E4%B8%89%E3%80%81%E5%9B%BE%E7%89%87%E9%AB%98%E6%B8%85%E5%8C%96%E6%8E%A5%E5%8F%A3>.
//! Note: permission set 117 as on the sibling image-processing page doc/service/api/openpoc/image/api_imgqrcode.html.
//! Unverified: the name, the permission set and the error table: this call's newer page was not captured.
//! Note: `img_url` travels in the query, as on the page's request line.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Enhances an image's resolution and answers the enhanced image's media id.
#[wx_endpoint(
    name = "superResolution",
    path = "/cv/img/superresolution",
    perm_sets = [117],
    multipart,
    response = SuperResolved,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SuperResolution {
    /// The image, less than 2 MB; or give `img_url` instead.
    #[wx(max_bytes = 2097152)]
    pub img: Option<Upload>,
    /// The image's URL, for WeChat to download; or give `img` instead.
    #[wx(query)]
    pub img_url: Option<String>,
}

/// The enhanced image returned by `superResolution`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SuperResolved {
    /// The enhanced image's media id.
    pub media_id: String,
}
