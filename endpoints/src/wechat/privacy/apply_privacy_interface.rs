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
    /// Why the interface is needed (at most 300 characters).
    #[wx(chars = 1..=300)]
    pub content: String,
    /// Web pages that support the application, e.g. the official site.
    pub url_list: Option<Vec<String>>,
    /// URLs of images that support the application (at most 10).
    #[wx(max_items = 10)]
    pub pic_list: Option<Vec<String>>,
    /// URLs of videos that support the application.
    pub video_list: Option<Vec<String>>,
}

/// The application created by `applyPrivacyInterface`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivacyApplication {
    /// The application's id.
    pub audit_id: i64,
}
