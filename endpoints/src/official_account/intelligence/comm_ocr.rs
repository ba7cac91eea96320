//! `commOcr`: `POST /cv/ocr/comm`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/OCR.html>.
//! Note: permission set 117 from the newer pages (doc/service/api/openpoc/ocr/); verified accounts get 100 calls a day.
//! Unverified: the name: the newer page (api_commocr) was not captured; `commOcr` follows its slug.
//! Note: `img_url` travels in the query, as on the page's request line.
//! Unverified: the error table: the newer page's table (codes 101000 to 101003 in a transcription) was not captured.

use super::{ImageSize, Position};
use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Recognises printed text in an image, line by line with positions.
#[wx_endpoint(
    name = "commOcr",
    path = "/cv/ocr/comm",
    perm_sets = [117],
    multipart,
    response = OcrTexts,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CommOcr {
    /// The image, less than 2 MB; or give `img_url` instead.
    #[wx(max_bytes = 2097152)]
    pub img: Option<Upload>,
    /// The image's URL, for WeChat to download; or give `img` instead.
    #[wx(query)]
    pub img_url: Option<String>,
}

/// The text recognised by `commOcr`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OcrTexts {
    /// The recognised lines.
    pub items: Vec<OcrText>,
    /// The image's size.
    pub img_size: Option<ImageSize>,
}

/// One recognised line (`items`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OcrText {
    /// The text.
    pub text: String,
    /// Where the line lies in the image.
    pub pos: Position,
}
