//! `drivinglicenseOcr`: `POST /cv/ocr/drivinglicense`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/OCR.html>.
//! Note: permission set 117 from the newer pages (doc/service/api/openpoc/ocr/); verified accounts get 100 calls a day.
//! Unverified: the name: the newer page (api_drivinglicenseocr) was not captured; `drivinglicenseOcr` follows its slug.
//! Note: `img_url` travels in the query, as on the page's request line.
//! Unverified: the error table: the newer page's table (codes 101000 to 101003 in a transcription) was not captured.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Recognises a driving licence (驾驶证).
#[wx_endpoint(
    name = "drivinglicenseOcr",
    path = "/cv/ocr/drivinglicense",
    perm_sets = [117],
    multipart,
    response = DriverLicense,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DrivinglicenseOcr {
    /// The image, less than 2 MB; or give `img_url` instead.
    #[wx(max_bytes = 2097152)]
    pub img: Option<Upload>,
    /// The image's URL, for WeChat to download; or give `img` instead.
    #[wx(query)]
    pub img_url: Option<String>,
}

/// The driving licence recognised by `drivinglicenseOcr`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DriverLicense {
    /// The licence number.
    pub id_num: String,
    /// The holder's name.
    pub name: String,
    /// The holder's sex.
    pub sex: String,
    /// The nationality.
    pub nationality: String,
    /// The address.
    pub address: String,
    /// The date of birth.
    pub birth_date: String,
    /// The date first issued.
    pub issue_date: String,
    /// The permitted vehicle class.
    pub car_class: String,
    /// The start of validity.
    pub valid_from: String,
    /// The end of validity.
    pub valid_to: String,
    /// The issuing authority's seal.
    pub official_seal: String,
}
