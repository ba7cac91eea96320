//! `checkrealnameinfo`: `POST /intp/realname/checkrealnameinfo`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/cityservice/cityservice-checkrealnameinfo.html>.
//! Note: the interface name is the newer page's (api_checkrealnameinfo), which says third-party
//! platforms cannot call it: the Mini Program's own token. The `code` comes back in `extraData`
//! after the user agreed in the city-service authorization page (appid wx308bd2aeb83d3345).
//! Unverified: the page's error table was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// Whether the name matches the ID number (`verify_real_name`).
    pub enum RealNameVerification: text {
        /// `V_NM_ID_MA`: the name matches the ID number.
        Match = "V_NM_ID_MA",
        /// `V_NM_ID_UM`: the name does not match the ID number.
        Mismatch = "V_NM_ID_UM",
    }
}

/// Checks a user's real name and ID number against the identity the user gave WeChat Pay.
#[wx_endpoint(
    name = "checkrealnameinfo",
    path = "/intp/realname/checkrealnameinfo",
    credential = app,
    response = RealNameCheck,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CheckRealNameInfo {
    /// The user's OpenID under the Mini Program that applied for the permission.
    #[wx(non_empty)]
    pub openid: String,
    /// The name to check.
    #[wx(non_empty)]
    pub real_name: String,
    /// The ID number to check.
    #[wx(non_empty)]
    pub cred_id: String,
    /// The ID type: `1` (mainland ID card), the only one supported.
    #[wx(non_empty)]
    pub cred_type: String,
    /// The code returned when the user came back from the authorization page.
    #[wx(non_empty)]
    pub code: String,
}

/// The check's result, as `checkrealnameinfo` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RealNameCheck {
    /// The user check: `V_OP_NA` not verified, `V_OP_NM_MA` user and name match, `V_OP_NM_UM` they do
    /// not; several results are joined with `;`.
    pub verify_openid: String,
    /// The ID check, sent when `verify_openid` is `V_OP_NM_MA`.
    pub verify_real_name: Option<RealNameVerification>,
}
