//! `getCodePrivacyInfo`: `GET /wxa/security/get_code_privacy_info`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/getCodePrivacyInfo.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the privacy-interface check of the uploaded code.
#[wx_endpoint(
    name = "getCodePrivacyInfo",
    path = "/wxa/security/get_code_privacy_info",
    method = GET,
    perm_sets = [18],
    response = CodePrivacyInfo,
    errors(
        use CommonError,
        61039 => PrivacyCheckPending: "the privacy-interface check task is not finished; retry in a minute",
        61040 => PrivacyInterfaceNotAuthorized: "ext.json declares privacy interfaces without permission, or the code uses undeclared ones",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetCodePrivacyInfo;

/// The privacy-interface check returned by `getCodePrivacyInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CodePrivacyInfo {
    /// Privacy APIs the code uses without permission, e.g. `wx.getLocation`.
    pub without_auth_list: Vec<String>,
    /// Privacy APIs the code uses without configuring them, e.g. `wx.onLocationChange`.
    pub without_conf_list: Vec<String>,
}
