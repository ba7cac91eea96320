//! `submitAudit`: `POST /wxa/submit_audit`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_submitaudit.html>.
//! Note: audit result pushed as events weapp_audit_success / weapp_audit_fail / weapp_audit_delay.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Submits the uploaded code for review (results arrive as `weapp_audit_success` / `_fail` / `_delay` events).
#[wx_endpoint(
    name = "submitAudit",
    path = "/wxa/submit_audit",
    perm_sets = [18],
    response = AuditSubmitted,
    errors(
        use CommonError,
        61040 => PrivacyInterfaceNotAuthorized: "ext.json declares privacy interfaces without permission, or the code uses undeclared ones",
        85006 => InvalidTag: "invalid tag format",
        85007 => InvalidPagePath: "invalid page path",
        85008 => InvalidCategory: "invalid category format",
        85009 => AuditInProgress: "a version is already under review",
        85010 => ItemListIncomplete: "an item of item_list is empty",
        85011 => InvalidTitle: "invalid title",
        85023 => InvalidItemCount: "the number of items is out of range",
        85051 => DataTooLarge: "data too large",
        85077 => CategoryRevoked: "the categories are no longer valid (one was withdrawn officially); choose categories again",
        85085 => AuditSubmitLimit: "audit submissions reached the limit; try later",
        85086 => CommitRequired: "commit code before submitting an audit",
        85087 => NavigateAppidsUndeclared: "the code uses navigateToMiniProgram: declare the target appids, then submit again",
        85092 => InvalidPreviewInfo: "invalid preview_info format",
        85093 => PreviewInfoTooMany: "preview_info has too many videos or pictures",
        85094 => UgcDeclareRequired: "a UGC declaration (ugc_declare) is required",
        86000 => ThirdPartyOnly: "must be called by a third-party platform",
        86001 => ComponentTrialVersionMissing: "the component's trial version does not exist",
        86002 => InitIncomplete: "the Mini Program has not completed its initialization",
        86007 => SubmitForbidden: "the Mini Program may not submit",
        86009 => PlatformNewAuditRestricted: "the platform's audit submissions for new Mini Programs are restricted",
        86010 => PlatformIterationAuditRestricted: "the platform's audit submissions for Mini Program updates are restricted",
        87006 => GameAuditForbidden: "game Mini Programs cannot submit audits this way",
        9400001 => LiveStreamingForbidsRelease: "the Mini Program has live-streaming enabled: releasing versions is not supported",
        9402202 => ConcurrentLimit: "concurrency limit; retry",
        61039 => PrivacyCheckPending: "the privacy-interface check task is not finished; retry in a minute",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SubmitAudit {
    /// The pages to review with their categories (at most 5).
    #[wx(max_items = 5)]
    pub item_list: Option<Vec<AuditItem>>,
    /// Read only when the previous version was rejected.
    #[wx(chars = ..=200)]
    pub feedback_info: Option<String>,
    /// `|`-separated media_ids, at most 5 images.
    pub feedback_stuff: Option<String>,
    /// The version's description for the reviewers.
    pub version_desc: Option<String>,
    /// Preview videos and pictures.
    pub preview_info: Option<PreviewInfo>,
    /// The UGC declaration (`scene`, `method`, `other_scene_desc`, `has_audit_team`, `audit_desc`).
    pub ugc_declare: Option<serde_json::Value>,
    /// Declares that detected but unconfigured privacy APIs are not used.
    pub privacy_api_not_use: Option<bool>,
    /// The path of the order center page.
    pub order_path: Option<String>,
}

/// A page and its category.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditItem {
    /// A page of the Mini Program, from `getCodePage`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Space-separated, at most 10 tags of at most 20 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// First-level category name.
    pub first_class: String,
    /// Second-level category name.
    pub second_class: String,
    /// Third-level category name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub third_class: Option<String>,
    /// First-level category id.
    pub first_id: u64,
    /// Second-level category id.
    pub second_id: u64,
    /// Third-level category id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub third_id: Option<u64>,
    /// At most 32 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// media ids from `/wxa/uploadmedia`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewInfo {
    /// media ids of the preview videos.
    pub video_id_list: Vec<String>,
    /// media ids of the preview pictures.
    pub pic_id_list: Vec<String>,
}

/// The review created by `submit_audit`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AuditSubmitted {
    /// The review's id.
    pub auditid: u64,
}
