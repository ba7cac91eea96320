//! `getTrialQRCode`: `GET /wxa/get_qrcode`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/getTrialQRCode.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the trial version's QR code: a JPEG on success, the JSON envelope on failure.
#[wx_endpoint(
    name = "getTrialQRCode",
    path = "/wxa/get_qrcode",
    method = GET,
    perm_sets = [18, 86],
    binary,
    errors(
        use CommonError,
        40014 => InvalidAccessToken: "invalid access_token",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetTrialQrCode {
    /// The page to open, e.g. `page/index?action=1` (encoded as a query parameter).
    pub path: Option<String>,
}
