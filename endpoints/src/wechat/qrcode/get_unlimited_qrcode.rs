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
    /// Which version the code opens.
    pub env_version: Option<EnvVersion>,
    /// 280-1280 pixels, default 430.
    #[wx(range = 280..=1280)]
    pub width: Option<u32>,
    /// Whether the line color is chosen automatically.
    pub auto_color: Option<bool>,
    /// The line color, used when `auto_color` is false.
    pub line_color: Option<LineColor>,
    /// Whether the background is transparent.
    pub is_hyaline: Option<bool>,
}

/// The version a Mini Program code opens (`env_version`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EnvVersion {
    /// `release`: the released version.
    Release,
    /// `trial`: the trial version.
    Trial,
    /// `develop`: the development version.
    Develop,
}

/// An RGB color (`line_color`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineColor {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
}
