//! `content_moderation`: `POST /v4/im_msg_audit/content_moderation`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/77827>.
//! Note: Singapore data center only (`adminapisgp.im.qcloud.com`).
//! Unverified: the stored page is cut inside the request table; the response fields are those
//! public SDKs model (`RequestId`, `Result`, `Score`, `Label`, `Keywords`), and the error rows are
//! the family's (`AuditError`).

use serde::Deserialize;

use super::types::{AuditContentType, AuditName, ModerationLabel, Suggestion};
use super::AuditError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Sends one text, image, audio or video item for moderation; text and images are answered at
/// once, audio and video later by webhook.
#[wx_endpoint(
    name = "content_moderation",
    family = im,
    path = "/v4/im_msg_audit/content_moderation",
    response = ModerationResult,
    errors(use ImCommonError, use AuditError),
)]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ContentModeration {
    /// The moderation configuration: a built-in scene or a custom configuration ID.
    pub audit_name: AuditName,
    /// The kind of content.
    pub content_type: AuditContentType,
    /// The text, or the file's URL (at most 8 KB; images at most 5 MB).
    #[wx(non_empty, max_bytes = 8192)]
    pub content: String,
    /// The sender (a UserID or your own ID), for filtering in the console.
    pub ext_sender: Option<String>,
    /// The receiver (a UserID, GroupID or your own ID), for filtering in the console.
    pub ext_receiver: Option<String>,
}

/// The moderation verdict of one item.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ModerationResult {
    /// The request's unique ID.
    pub request_id: String,
    /// The suggestion: pass, review or block.
    pub result: Option<Suggestion>,
    /// How malicious the content is, 0 to 100.
    pub score: i64,
    /// The label the content hit.
    pub label: Option<ModerationLabel>,
    /// The blocked words hit, when a word list (not the model) matched.
    pub keywords: Vec<String>,
}
