//! `getQRCode`: `POST /wxa/getwxacode`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/qr-code/wxacode.get.html>.
//! Note: image bytes on success, the JSON envelope on failure. Codes are permanent; with
//! `createQRCode` at most 100,000 codes in total. The error table was read on the newer page
//! api_getqrcode.

use super::{EnvVersion, LineColor};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a Mini Program code for a page path (count-limited): image bytes on success.
#[wx_endpoint(
    name = "getQRCode",
    path = "/wxa/getwxacode",
    perm_sets = [17, 58],
    binary,
    errors(
        use CommonError,
        40097 => InvalidArgs: "invalid arguments",
        40159 => InvalidPath: "path is empty or longer than 1024",
        45029 => CodeCountLimit: "the total number of codes reached its limit",
        85096 => ScancodeTimeReserved: "scancode_time is a reserved parameter and may not be set",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetQrCode {
    /// The page the code opens, with its query; at most 1024 characters.
    #[wx(chars = 1..=1024)]
    pub path: String,
    /// The code's width in pixels, 280-1280 (default 430).
    #[wx(range = 280..=1280)]
    pub width: Option<u32>,
    /// Whether the line color is chosen automatically (default false).
    pub auto_color: Option<bool>,
    /// The line color, used when `auto_color` is false (default black).
    pub line_color: Option<LineColor>,
    /// Whether the background is transparent (default false).
    pub is_hyaline: Option<bool>,
    /// Which version the code opens (default `release`).
    pub env_version: Option<EnvVersion>,
}
