//! `aiCrop`: `POST /cv/img/aicrop`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/Img_Proc.html#%E5%9B%9B%E3%80%81%E5%9B%BE%E7%89%87%E6%99%BA%E8%83%BD%E8%A3%81%E5%89%AA%E6%8E%A5%E5%8F%A3>.
//! Note: permission set 117 as on the sibling image-processing page doc/service/api/openpoc/image/api_imgqrcode.html.
//! Unverified: the name, the permission set and the error table: this call's newer page was not captured.
//! Note: `img_url` travels in the query, as on the page's request line.

use super::ImageSize;
use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Suggests crop rectangles for an image's most relevant region.
#[wx_endpoint(
    name = "aiCrop",
    path = "/cv/img/aicrop",
    perm_sets = [117],
    multipart,
    response = CropResults,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AiCrop {
    /// The image, less than 2 MB; or give `img_url` instead.
    #[wx(max_bytes = 2097152)]
    pub img: Option<Upload>,
    /// The image's URL, for WeChat to download; or give `img` instead.
    #[wx(query)]
    pub img_url: Option<String>,
}

/// The crops suggested by `aiCrop`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CropResults {
    /// The suggested crops.
    pub results: Vec<CropResult>,
    /// The image's size.
    pub img_size: Option<ImageSize>,
}

/// One suggested crop, in pixels (`results`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CropResult {
    /// The left edge.
    pub crop_left: i64,
    /// The top edge.
    pub crop_top: i64,
    /// The right edge.
    pub crop_right: i64,
    /// The bottom edge.
    pub crop_bottom: i64,
}
