//! `setPrivacySetting`: `POST /cgi-bin/component/setprivacysetting`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/privacy-management/setPrivacySetting.html>.
//! Note: changes take effect only after the next code audit+release; encode Chinese as unicode escapes to avoid mojibake.
//! Unverified: only 86074 captured; store_region mentioned in submitAudit notes for overseas entities.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Sets the privacy guide; it takes effect with the next reviewed release.
#[wx_endpoint(
    name = "setPrivacySetting",
    path = "/cgi-bin/component/setprivacysetting",
    perm_sets = [18],
    errors(
        use CommonError,
        86074 => NoLivePrivacyGuide: "privacy_ver=1 but no live privacy guide exists",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetPrivacySetting {
    /// 1 the live version, 2 the development version (default).
    #[wx(one_of = [1, 2])]
    pub privacy_ver: Option<u8>,
    pub owner_setting: OwnerSetting,
    /// Required for the development version; must not be sent for the live one.
    pub setting_list: Option<Vec<PrivacySetting>>,
}

/// Who to contact and how users are told; one contact is required.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnerSetting {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_qq: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_weixin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ext_file_media_id: Option<String>,
    pub notice_method: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store_expire_timestamp: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacySetting {
    pub privacy_key: String,
    pub privacy_text: String,
}
