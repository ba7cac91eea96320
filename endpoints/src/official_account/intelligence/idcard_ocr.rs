//! `idcardOcr`: `POST /cv/ocr/idcard`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/OCR.html>.
//! Note: permission set 117 from the newer pages (doc/service/api/openpoc/ocr/); verified accounts get 100 calls a day.
//! Note: name from the newer page doc/service/api/openpoc/ocr/api_idcardocr.html.
//! Note: `type` (`photo` or `scan`) is on the older page's request line only, and travels in the query.
//! Note: `img_url` travels in the query, as on the page's request line.
//! Unverified: the error table: the newer page's table (codes 101000 to 101003 in a transcription) was not captured.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Recognises the front or back of a Chinese ID card.
#[wx_endpoint(
    name = "idcardOcr",
    path = "/cv/ocr/idcard",
    perm_sets = [117],
    multipart,
    response = IdCard,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct IdcardOcr {
    /// The image, less than 2 MB; or give `img_url` instead.
    #[wx(max_bytes = 2097152)]
    pub img: Option<Upload>,
    /// The image's URL, for WeChat to download; or give `img` instead.
    #[wx(query)]
    pub img_url: Option<String>,
    /// `photo` (a photo with background) or `scan` (a scan); older page only.
    #[serde(rename = "type")]
    #[wx(query)]
    pub mode: Option<String>,
}

crate::wire_enum! {
    /// Which side of the ID card was recognised (`type`).
    pub enum IdCardSide: text {
        /// `Front`: the portrait side.
        Front = "Front",
        /// `Back`: the national-emblem side.
        Back = "Back",
    }
}

/// The ID card recognised by `idcardOcr`; the front gives name to nationality, the back gives `valid_date`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct IdCard {
    /// Which side was recognised.
    #[serde(rename = "type")]
    pub side: Option<IdCardSide>,
    /// The holder's name.
    pub name: Option<String>,
    /// The ID number.
    pub id: Option<String>,
    /// The address.
    pub addr: Option<String>,
    /// The gender.
    pub gender: Option<String>,
    /// The ethnicity.
    pub nationality: Option<String>,
    /// The validity period, e.g. `20171025-20271025`.
    pub valid_date: Option<String>,
}
