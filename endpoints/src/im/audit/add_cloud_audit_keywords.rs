//! `add_cloud_audit_keywords`: `POST /v4/im_msg_audit_mgr/add_cloud_audit_keywords`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/77831>.
//! Note: Singapore data center only (`adminapisgp.im.qcloud.com`); the page states a per-request
//! limit (2016) without its number.

use serde::{Deserialize, Serialize};

use super::types::{AuditReceipt, ModerationLabel};
use super::AuditError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Adds blocked words to a cloud keyword library.
#[wx_endpoint(
    name = "add_cloud_audit_keywords",
    family = im,
    path = "/v4/im_msg_audit_mgr/add_cloud_audit_keywords",
    response = AuditReceipt,
    errors(
        use ImCommonError,
        use AuditError,
        2016 => TooManyKeywords: "too many blocked words in one request; send fewer",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddCloudAuditKeywords {
    /// The app's SDKAppID.
    pub sdk_app_id: u64,
    /// The library, as `get_cloud_audit_keywords_ids` lists it.
    #[serde(rename = "LibID")]
    #[wx(non_empty)]
    pub lib_id: String,
    /// The words to add.
    #[wx(non_empty)]
    pub user_keywords: Vec<UserKeyword>,
}

/// A blocked word to add.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UserKeyword {
    /// The word.
    pub content: String,
    /// The word's category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<ModerationLabel>,
}
