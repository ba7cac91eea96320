//! `get_cloud_audit_keywords`: `POST /v4/im_msg_audit_mgr/get_cloud_audit_keywords`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/77830>.
//! Note: Singapore data center only (`adminapisgp.im.qcloud.com`).
//! Unverified: the stored page is cut inside the response table (after `Content`); the error
//! rows are the family's (`AuditError`).

use serde::Deserialize;

use super::AuditError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the blocked words of a cloud keyword library, a page at a time (at most 100 per call),
/// or those matching `Content`.
#[wx_endpoint(
    name = "get_cloud_audit_keywords",
    family = im,
    path = "/v4/im_msg_audit_mgr/get_cloud_audit_keywords",
    response = CloudKeywords,
    idempotent,
    errors(use ImCommonError, use AuditError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetCloudAuditKeywords {
    /// The app's SDKAppID.
    pub sdk_app_id: u64,
    /// Where to start in the list.
    pub offset: u32,
    /// How many words to return (at most 100).
    #[wx(range = 1..=100)]
    pub limit: u32,
    /// The library, as `get_cloud_audit_keywords_ids` lists it.
    #[serde(rename = "LibID")]
    #[wx(non_empty)]
    pub lib_id: String,
    /// A fuzzy filter on the words; all words (paged) when unset.
    pub content: Option<String>,
}

/// One blocked word of a cloud library.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct CloudKeyword {
    /// The word's ID.
    #[serde(rename = "ID")]
    pub id: String,
    /// The word.
    pub content: String,
    /// When the word was added, as text.
    pub create_time: String,
}

/// A page of a library's blocked words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct CloudKeywords {
    /// The request's unique ID.
    pub request_id: String,
    /// The total number of words.
    pub total_count: u64,
    /// The words on this page.
    pub infos: Vec<CloudKeyword>,
}
