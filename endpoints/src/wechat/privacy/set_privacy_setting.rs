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
    /// The collector (developer) and its contacts.
    pub owner_setting: OwnerSetting,
    /// Required for the development version; must not be sent for the live one.
    pub setting_list: Option<Vec<PrivacySetting>>,
}

/// Who to contact and how users are told; one contact is required.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnerSetting {
    /// The collector's email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    /// The collector's phone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_phone: Option<String>,
    /// The collector's QQ number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_qq: Option<String>,
    /// The collector's WeChat ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_weixin: Option<String>,
    /// media_id of a custom privacy guide file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ext_file_media_id: Option<String>,
    /// How users are told when the collection of their information changes.
    pub notice_method: String,
    /// How long the collected information is stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub store_expire_timestamp: Option<String>,
}

/// One type of user information to collect, with its purpose.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacySetting {
    /// The information type's English name (`privacy_key`).
    pub privacy_key: String,
    /// What the information is used for.
    pub privacy_text: String,
}
