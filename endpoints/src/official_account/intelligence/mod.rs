//! Official Account intelligent interfaces: speech recognition and translation, image processing, OCR.

use serde::Deserialize;

mod add_voice_to_reco_for_text;
mod ai_crop;
mod bankcard_ocr;
mod bizlicense_ocr;
mod comm_ocr;
mod driving_ocr;
mod drivinglicense_ocr;
mod idcard_ocr;
mod img_qrcode;
mod platenum_ocr;
mod query_reco_result_for_text;
mod super_resolution;
mod translate_content;

pub use add_voice_to_reco_for_text::{AddVoiceToRecoForText, AddVoiceToRecoForTextError};
pub use ai_crop::{AiCrop, AiCropError, CropResult, CropResults};
pub use bankcard_ocr::{BankCard, BankcardOcr, BankcardOcrError};
pub use bizlicense_ocr::{BizLicense, BizlicenseOcr, BizlicenseOcrError};
pub use comm_ocr::{CommOcr, CommOcrError, OcrText, OcrTexts};
pub use driving_ocr::{DrivingOcr, DrivingOcrError, VehicleLicense};
pub use drivinglicense_ocr::{DriverLicense, DrivinglicenseOcr, DrivinglicenseOcrError};
pub use idcard_ocr::{IdCard, IdCardSide, IdcardOcr, IdcardOcrError};
pub use img_qrcode::{CodeResult, CodeResults, ImgQrcode, ImgQrcodeError};
pub use platenum_ocr::{PlateNumber, PlatenumOcr, PlatenumOcrError};
pub use query_reco_result_for_text::{QueryRecoResultForText, QueryRecoResultForTextError, RecoResult};
pub use super_resolution::{SuperResolution, SuperResolutionError, SuperResolved};
pub use translate_content::{TranslateContent, TranslateContentError, Translation};

crate::wire_enum! {
    /// A language of the speech and translation interfaces (`lang`, `lfrom`, `lto`).
    pub enum VoiceLang: text {
        /// `zh_CN`: Chinese.
        ZhCn = "zh_CN",
        /// `en_US`: English.
        EnUs = "en_US",
    }
}

/// An image's size (`img_size`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ImageSize {
    /// Width in pixels.
    pub w: u32,
    /// Height in pixels.
    pub h: u32,
}

/// A point in an image, in pixels.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Point {
    /// The x coordinate.
    pub x: i64,
    /// The y coordinate.
    pub y: i64,
}

/// A quadrilateral in an image, by its corners (`pos`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Position {
    /// The top-left corner.
    pub left_top: Point,
    /// The top-right corner.
    pub right_top: Point,
    /// The bottom-right corner.
    pub right_bottom: Point,
    /// The bottom-left corner.
    pub left_bottom: Point,
}

/// Where a card or certificate lies in the image (`cert_position`, `card_position_front`, `card_position_back`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CardPosition {
    /// The card's corners.
    pub pos: Position,
}
