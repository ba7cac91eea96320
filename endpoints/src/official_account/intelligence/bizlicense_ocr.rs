//! `bizlicenseOcr`: `POST /cv/ocr/bizlicense`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/OCR.html>.
//! Note: permission set 117 from the newer pages (doc/service/api/openpoc/ocr/); verified accounts get 100 calls a day.
//! Unverified: the name: the newer page (api_bizlicenseocr) was not captured; `bizlicenseOcr` follows its slug.
//! Note: only the fields present on the licence are returned.
//! Note: `img_url` travels in the query, as on the page's request line.
//! Unverified: the error table: the newer page's table (codes 101000 to 101003 in a transcription) was not captured.

use super::{CardPosition, ImageSize};
use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Recognises a business licence.
#[wx_endpoint(
    name = "bizlicenseOcr",
    path = "/cv/ocr/bizlicense",
    perm_sets = [117],
    multipart,
    response = BizLicense,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BizlicenseOcr {
    /// The image, less than 2 MB; or give `img_url` instead.
    #[wx(max_bytes = 2097152)]
    pub img: Option<Upload>,
    /// The image's URL, for WeChat to download; or give `img` instead.
    #[wx(query)]
    pub img_url: Option<String>,
}

/// The business licence recognised by `bizlicenseOcr`; fields missing from the licence are left out.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BizLicense {
    /// The registration number.
    pub reg_num: Option<String>,
    /// The serial number.
    pub serial: Option<String>,
    /// The legal representative.
    pub legal_representative: Option<String>,
    /// The enterprise's name.
    pub enterprise_name: Option<String>,
    /// The form of organisation.
    pub type_of_organization: Option<String>,
    /// The address.
    pub address: Option<String>,
    /// The company type.
    pub type_of_enterprise: Option<String>,
    /// The business scope.
    pub business_scope: Option<String>,
    /// The registered capital.
    pub registered_capital: Option<String>,
    /// The paid-in capital.
    pub paid_in_capital: Option<String>,
    /// The business term.
    pub valid_period: Option<String>,
    /// The date of establishment.
    pub registered_date: Option<String>,
    /// Where the licence lies in the image.
    pub cert_position: Option<CardPosition>,
    /// The image's size.
    pub img_size: Option<ImageSize>,
}
