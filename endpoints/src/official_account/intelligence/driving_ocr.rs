//! `drivingOcr`: `POST /cv/ocr/driving`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/OCR.html>.
//! Note: permission set 117 from the newer pages (doc/service/api/openpoc/ocr/); verified accounts get 100 calls a day.
//! Unverified: the name: the newer page (api_drivingocr) was not captured; `drivingOcr` follows its slug.
//! Note: `img_url` travels in the query, as on the page's request line.
//! Unverified: the error table: the newer page's table (codes 101000 to 101003 in a transcription) was not captured.

use super::{CardPosition, ImageSize};
use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Recognises a vehicle licence (行驶证).
#[wx_endpoint(
    name = "drivingOcr",
    path = "/cv/ocr/driving",
    perm_sets = [117],
    multipart,
    response = VehicleLicense,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DrivingOcr {
    /// The image, less than 2 MB; or give `img_url` instead.
    #[wx(max_bytes = 2097152)]
    pub img: Option<Upload>,
    /// The image's URL, for WeChat to download; or give `img` instead.
    #[wx(query)]
    pub img_url: Option<String>,
}

/// The vehicle licence recognised by `drivingOcr`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VehicleLicense {
    /// The plate number.
    pub plate_num: String,
    /// The vehicle type.
    pub vehicle_type: String,
    /// The owner.
    pub owner: String,
    /// The address.
    pub addr: String,
    /// The use character (e.g. non-commercial).
    pub use_character: String,
    /// The brand and model.
    pub model: String,
    /// The vehicle identification number.
    pub vin: String,
    /// The engine number.
    pub engine_num: String,
    /// The registration date.
    pub register_date: String,
    /// The issue date.
    pub issue_date: String,
    /// The plate number printed on the back page.
    pub plate_num_b: String,
    /// The file number.
    pub record: String,
    /// The approved passenger count.
    pub passengers_num: String,
    /// The total mass.
    pub total_quality: String,
    /// The kerb mass.
    pub prepare_quality: String,
    /// The overall dimensions.
    pub overall_size: String,
    /// Where the front page lies in the image.
    pub card_position_front: Option<CardPosition>,
    /// Where the back page lies in the image.
    pub card_position_back: Option<CardPosition>,
    /// The image's size.
    pub img_size: Option<ImageSize>,
}
