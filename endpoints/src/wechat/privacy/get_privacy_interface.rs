//! `getPrivacyInterface`: `GET /wxa/security/get_privacy_interface`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/privacy-api-management/getPrivacyInterface.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the privacy interfaces and their application status.
#[wx_endpoint(
    name = "getPrivacyInterface",
    path = "/wxa/security/get_privacy_interface",
    method = GET,
    perm_sets = [18],
    response = PrivacyInterfaces,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPrivacyInterface;

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivacyInterfaces {
    pub interface_list: Vec<PrivacyInterface>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivacyInterface {
    pub api_name: String,
    pub api_ch_name: String,
    pub api_desc: String,
    pub apply_time: i64,
    pub status: i64,
    pub audit_id: i64,
    pub fail_reason: String,
    pub api_link: String,
    pub group_name: String,
}
