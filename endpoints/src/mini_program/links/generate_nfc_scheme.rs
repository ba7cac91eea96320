//! `generateNFCScheme`: `POST /wxa/generatenfcscheme`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/url-scheme/urlscheme.generateNFC.html>.
//! Note: the newer page api_generatenfcscheme says third-party platforms may not call it, and its
//! token is the Mini Program's own `access_token` (`credential = app`). The error table was read there.

use super::{JumpWxa, Openlink};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Generates the URL Scheme an NFC tag of a device model writes to open a Mini Program page.
#[wx_endpoint(
    name = "generateNFCScheme",
    path = "/wxa/generatenfcscheme",
    credential = app,
    response = Openlink,
    errors(
        use CommonError,
        40002 => NoPermission: "no permission (personal subjects, or the NFC capability not applied for)",
        40013 => GenerationBanned: "generation is banned for this appid",
        40165 => InvalidPagePath: "invalid path",
        40212 => InvalidQuery: "invalid query: use k1=v1&k2=v2",
        44990 => TooFrequent: "more than 100 calls a second",
        44993 => DailyLimit: "more than 500,000 schemes and URL Links today",
        85079 => NotReleased: "the Mini Program has no released version",
        85402 => InvalidEnvVersion: "invalid env_version",
        9800003 => InvalidModelId: "the model_id check failed",
        9800007 => ModelNotGranted: "this model_id has not got the capability yet; apply first",
        9800008 => SnRequired: "one code per device: sn may not be empty",
        9800009 => SnNotAllowed: "one code per model: sn must be empty",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GenerateNfcScheme {
    /// The page the scheme opens.
    pub jump_wxa: Option<JumpWxa>,
    /// The device's serial number, for one code per device only.
    pub sn: Option<String>,
    /// The device's model_id.
    #[wx(non_empty)]
    pub model_id: String,
}
