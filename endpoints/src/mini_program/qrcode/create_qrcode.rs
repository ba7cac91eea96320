//! `wxacode.createQRCode`: `POST /cgi-bin/wxaapp/createwxaqrcode`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/qr-code/wxacode.createQRCode.html>.
//! Note: registered as `wxacode.createQRCode`, the page's title: its interface name `createQRCode`
//! is already the Official Account's `POST /cgi-bin/qrcode/create`. Image bytes on success, the JSON
//! envelope on failure. Only released Mini Programs; with `getQRCode` at most 100,000 codes in total.
//! The error table was read on the newer page api_createqrcode.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates an ordinary (square) Mini Program QR code for a page path (count-limited): image bytes on success.
#[wx_endpoint(
    name = "wxacode.createQRCode",
    path = "/cgi-bin/wxaapp/createwxaqrcode",
    perm_sets = [17, 58],
    binary,
    errors(
        use CommonError,
        40159 => InvalidPath: "path is empty or longer than 128 bytes",
        45029 => CodeCountLimit: "the total number of codes reached its limit",
        85096 => ScancodeTimeReserved: "scancode_time is a reserved parameter and may not be set",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateQrCode {
    /// The page the code opens, with its query; at most 128 characters.
    #[wx(chars = 1..=128)]
    pub path: String,
    /// The code's width in pixels, 280-1280 (default 430).
    #[wx(range = 280..=1280)]
    pub width: Option<u32>,
}
