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

/// The privacy interfaces returned by `getPrivacyInterface`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivacyInterfaces {
    /// The privacy interfaces that need an application.
    pub interface_list: Vec<PrivacyInterface>,
}

/// One privacy interface and its application.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivacyInterface {
    /// The interface's English name, e.g. `wx.choosePoi`.
    pub api_name: String,
    /// The interface's Chinese name.
    pub api_ch_name: String,
    /// The interface's description.
    pub api_desc: String,
    /// When the application was made; absent until one is made.
    pub apply_time: i64,
    /// The interface's status; absent until an application is made.
    pub status: i64,
    /// The application's id; absent until one is made.
    pub audit_id: i64,
    /// Why the application was rejected or the permission is missing.
    pub fail_reason: String,
    /// Link to the interface's documentation.
    pub api_link: String,
    /// The interface's group name.
    pub group_name: String,
}
