//! `imgQrcode`: `POST /cv/img/qrcode`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/Img_Proc.html#%E4%BA%8C%E3%80%81%E4%BA%8C%E7%BB%B4%E7%A0%81-%E6%9D%A1%E7%A0%81%E8%AF%86%E5%88%AB%E6%8E%A5%E5%8F%A3>.
//! Note: name, permission set and field table from the newer page doc/service/api/openpoc/image/api_imgqrcode.html.
//! Note: `img_url` travels in the query, as on the page's request line.
//! Unverified: the error table was not captured.

use super::{ImageSize, Position};
use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Reads the QR codes, barcodes, DataMatrix and PDF417 codes in an image.
#[wx_endpoint(
    name = "imgQrcode",
    path = "/cv/img/qrcode",
    perm_sets = [117],
    multipart,
    response = CodeResults,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ImgQrcode {
    /// The image, less than 2 MB; or give `img_url` instead.
    #[wx(max_bytes = 2097152)]
    pub img: Option<Upload>,
    /// The image's URL, for WeChat to download; or give `img` instead.
    #[wx(query)]
    pub img_url: Option<String>,
}

/// The codes read by `imgQrcode`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CodeResults {
    /// The codes found.
    pub code_results: Vec<CodeResult>,
    /// The image's size.
    pub img_size: Option<ImageSize>,
}

/// One code found in the image (`code_results`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CodeResult {
    /// The code's type, e.g. `QR_CODE`, `EAN_13`, `CODE_128`.
    pub type_name: String,
    /// The code's content.
    pub data: String,
    /// Where the code lies (QR codes and DataMatrix only; barcodes and PDF417 have none).
    pub pos: Option<Position>,
}
