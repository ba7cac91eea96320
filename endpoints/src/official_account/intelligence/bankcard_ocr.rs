//! `bankcardOcr`: `POST /cv/ocr/bankcard`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Intelligent_Interface/OCR.html>.
//! Note: permission set 117 from the newer pages (doc/service/api/openpoc/ocr/); verified accounts get 100 calls a day.
//! Unverified: the name: the newer page api_bankcardocr heads itself "Bankcard OCR"; `bankcardOcr` follows its slug.
//! Note: the older Mini Program page's sample answers the number as `id`; it is read under either name.
//! Note: `img_url` travels in the query, as on the page's request line.
//! Unverified: the error table: the newer page's table (codes 101000 to 101003 in a transcription) was not captured.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Upload};
use serde::Deserialize;

/// Recognises a bank card's number.
#[wx_endpoint(
    name = "bankcardOcr",
    path = "/cv/ocr/bankcard",
    perm_sets = [117],
    multipart,
    response = BankCard,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BankcardOcr {
    /// The image, less than 2 MB; or give `img_url` instead.
    #[wx(max_bytes = 2097152)]
    pub img: Option<Upload>,
    /// The image's URL, for WeChat to download; or give `img` instead.
    #[wx(query)]
    pub img_url: Option<String>,
}

/// The bank card recognised by `bankcardOcr`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BankCard {
    /// The card number.
    #[serde(alias = "id")]
    pub number: String,
}
