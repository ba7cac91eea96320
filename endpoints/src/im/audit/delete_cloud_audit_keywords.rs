//! `delete_cloud_audit_keywords`: `POST /v4/im_msg_audit_mgr/delete_cloud_audit_keywords`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/77832>.
//! Note: Singapore data center only (`adminapisgp.im.qcloud.com`).
//! Unverified: the stored page is cut inside the response table; the error rows are the
//! family's (`AuditError`).

use serde::Deserialize;

use super::AuditError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes up to 10 blocked words from a cloud keyword library; each gets its own result.
#[wx_endpoint(
    name = "delete_cloud_audit_keywords",
    family = im,
    path = "/v4/im_msg_audit_mgr/delete_cloud_audit_keywords",
    response = DeletedKeywords,
    errors(use ImCommonError, use AuditError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCloudAuditKeywords {
    /// The app's SDKAppID.
    pub sdk_app_id: u64,
    /// The library, as `get_cloud_audit_keywords_ids` lists it.
    #[serde(rename = "LibID")]
    #[wx(non_empty)]
    pub lib_id: String,
    /// The words to delete (at most 10).
    #[wx(non_empty, max_items = 10)]
    pub keywords: Vec<String>,
}

/// One word's deletion result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct DeletedKeyword {
    /// The word's ID.
    #[serde(rename = "KeywordID")]
    pub keyword_id: String,
    /// The word.
    pub keyword: String,
    /// Whether the word was deleted.
    pub deleted: bool,
    /// Why the deletion failed; empty on success.
    pub error_info: String,
}

/// The results of `delete_cloud_audit_keywords`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct DeletedKeywords {
    /// The request's unique ID.
    pub request_id: String,
    /// One result per word.
    pub details: Vec<DeletedKeyword>,
    /// How many words were deleted.
    pub count: u64,
}
