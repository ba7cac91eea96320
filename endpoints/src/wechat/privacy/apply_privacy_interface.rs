//! `applyPrivacyInterface`: `POST /wxa/security/apply_privacy_interface`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/privacy-api-management/applyPrivacyInterface.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Applies for a privacy interface (e.g. `wx.choosePoi`).
#[wx_endpoint(
    name = "applyPrivacyInterface",
    path = "/wxa/security/apply_privacy_interface",
    perm_sets = [18],
    response = PrivacyApplication,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ApplyPrivacyInterface {
    /// Case sensitive, e.g. `wx.choosePoi`.
    #[wx(non_empty)]
    pub api_name: String,
    #[wx(chars = 1..=300)]
    pub content: String,
    pub url_list: Option<Vec<String>>,
    #[wx(max_items = 10)]
    pub pic_list: Option<Vec<String>>,
    pub video_list: Option<Vec<String>>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivacyApplication {
    pub audit_id: i64,
}
