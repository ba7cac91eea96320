//! `batch_content_moderation`: `POST /v4/im_msg_audit/batch_content_moderation`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/77828>.
//! Note: Singapore data center only (`adminapisgp.im.qcloud.com`).
//! Unverified: the stored page is cut inside the request table; the response (`AuditResults`
//! items) is as public SDKs model it, and the error rows are the family's (`AuditError`).

use serde::{Deserialize, Serialize};

use super::types::{AuditContentType, AuditName, ModerationLabel, Suggestion};
use super::AuditError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Sends up to 10 text or image items for moderation at once (audio and video: see
/// `content_moderation`).
#[wx_endpoint(
    name = "batch_content_moderation",
    family = im,
    path = "/v4/im_msg_audit/batch_content_moderation",
    response = BatchModerationResults,
    errors(use ImCommonError, use AuditError),
)]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BatchContentModeration {
    /// The moderation configuration: a built-in scene or a custom configuration ID.
    pub audit_name: AuditName,
    /// The items (at most 10, each with a distinct `ContentId`).
    #[wx(non_empty, max_items = 10)]
    pub contents: Vec<ModerationContent>,
    /// The sender (a UserID or your own ID), for filtering in the console.
    pub ext_sender: Option<String>,
    /// The receiver (a UserID, GroupID or your own ID), for filtering in the console.
    pub ext_receiver: Option<String>,
}

/// One item to moderate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModerationContent {
    /// The item's ID, unique within the batch; results carry it back.
    pub content_id: i64,
    /// `Text` or `Image` (audio and video are not batched).
    pub content_type: AuditContentType,
    /// The text, or the image's URL (at most 8 KB; images at most 5 MB).
    pub content: String,
}

/// One item's verdict.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ModerationItemResult {
    /// This item's result code (0 = moderated).
    pub error_code: Option<i64>,
    /// This item's error message.
    pub error_info: Option<String>,
    /// The item's `ContentId` from the request.
    pub content_id: i64,
    /// The suggestion: pass, review or block.
    pub result: Option<Suggestion>,
    /// The blocked words hit, when a word list (not the model) matched.
    pub keywords: Vec<String>,
    /// How malicious the content is, 0 to 100.
    pub score: i64,
    /// The label the content hit.
    pub label: Option<ModerationLabel>,
    /// The second-level label the content hit.
    pub sub_label: Option<String>,
    /// The moderation's unique ID.
    pub request_id: String,
}

impl ModerationItemResult {
    /// This item's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.error_code.filter(|&code| code != 0)
    }
}

/// The verdicts of `batch_content_moderation`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct BatchModerationResults {
    /// One verdict per item.
    pub audit_results: Vec<ModerationItemResult>,
}
