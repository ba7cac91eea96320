//! `getUnlimitedQRCode`: `POST /wxa/getwxacodeunlimit`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Creates a Mini Program code for a scene, without a count limit: image bytes on success, the JSON envelope on failure.
#[wx_endpoint(
    name = "getUnlimitedQRCode",
    path = "/wxa/getwxacodeunlimit",
    perm_sets = [17, 58],
    binary,
    errors(
        use CommonError,
        45009 => RateLimited: "call frequency limited (5000 calls a minute)",
        41030 => PageNotFound: "the page does not exist, or the Mini Program is not released",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUnlimitedQrCode {
    /// At most 32 visible characters.
    #[wx(chars = 1..=32)]
    pub scene: String,
    /// No leading `/`, no query.
    pub page: Option<String>,
    /// Default true.
    pub check_path: Option<bool>,
    pub env_version: Option<EnvVersion>,
    /// 280-1280 pixels, default 430.
    #[wx(range = 280..=1280)]
    pub width: Option<u32>,
    pub auto_color: Option<bool>,
    pub line_color: Option<LineColor>,
    pub is_hyaline: Option<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EnvVersion {
    Release,
    Trial,
    Develop,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineColor {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}
