//! `platenumOcr`: `POST /cv/ocr/platenum`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/OCR.html>.
//! Note: permission set 117 from the newer pages (doc/service/api/openpoc/ocr/); verified accounts get 100 calls a day.
//! Unverified: the name: the newer page was not captured; `platenumOcr` follows the path and its siblings.
//! Note: `img_url` travels in the query, as on the page's request line.
//! Unverified: the error table: the newer page's table (codes 101000 to 101003 in a transcription) was not captured.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Recognises a vehicle plate number.
#[wx_endpoint(
    name = "platenumOcr",
    path = "/cv/ocr/platenum",
    perm_sets = [117],
    multipart,
    response = PlateNumber,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct PlatenumOcr {
    /// The image, less than 2 MB; or give `img_url` instead.
    #[wx(max_bytes = 2097152)]
    pub img: Option<Upload>,
    /// The image's URL, for WeChat to download; or give `img` instead.
    #[wx(query)]
    pub img_url: Option<String>,
}

/// The plate recognised by `platenumOcr`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PlateNumber {
    /// The plate number.
    pub number: String,
}
