//! `getPrivacySetting`: `POST /cgi-bin/component/getprivacysetting`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/privacy-management/api_getprivacysetting.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the privacy guide.
#[wx_endpoint(
    name = "getPrivacySetting",
    path = "/cgi-bin/component/getprivacysetting",
    perm_sets = [18],
    response = PrivacySettings,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPrivacySetting {
    /// 1 the live version, 2 the development version.
    #[wx(one_of = [1, 2])]
    pub privacy_ver: u8,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivacySettings {
    /// 0 or 1.
    pub code_exist: i64,
    pub privacy_list: Vec<String>,
    pub setting_list: Vec<PrivacySettingItem>,
    pub update_time: i64,
    /// As the document shapes it.
    pub owner_setting: serde_json::Value,
    /// `{privacy_desc_list: [{privacy_key, privacy_desc}]}`.
    pub privacy_desc: serde_json::Value,
    pub sdk_privacy_info_list: Vec<serde_json::Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivacySettingItem {
    pub privacy_key: String,
    pub privacy_text: String,
    pub privacy_label: String,
}
