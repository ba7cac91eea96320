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

/// The privacy guide returned by `getPrivacySetting`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivacySettings {
    /// 0 or 1.
    pub code_exist: i64,
    /// The user information types (`privacy_key`) detected in the code.
    pub privacy_list: Vec<String>,
    /// The user information to collect, as configured.
    pub setting_list: Vec<PrivacySettingItem>,
    /// When the guide was last updated.
    pub update_time: i64,
    /// As the document shapes it.
    pub owner_setting: serde_json::Value,
    /// `{privacy_desc_list: [{privacy_key, privacy_desc}]}`.
    pub privacy_desc: serde_json::Value,
    /// The third-party SDKs the Mini Program uses, as the document shapes them.
    pub sdk_privacy_info_list: Vec<serde_json::Value>,
}

/// One type of user information to collect.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivacySettingItem {
    /// The information type's English name.
    pub privacy_key: String,
    /// What the information is used for.
    pub privacy_text: String,
    /// The information type's Chinese name.
    pub privacy_label: String,
}
