//! Content moderation (`/v4/im_msg_audit/...` to moderate content, `/v4/im_msg_audit_mgr/...` to
//! manage blocked words). The cloud commands are served from Singapore only
//! (`adminapisgp.im.qcloud.com`). Every command: POST, at most 200 calls per second.

mod add_cloud_audit_keywords;
mod add_local_audit_keywords;
mod batch_content_moderation;
mod content_moderation;
mod delete_cloud_audit_keywords;
mod delete_local_audit_keywords;
mod errors;
mod get_cloud_audit_keywords;
mod get_cloud_audit_keywords_ids;
mod get_local_audit_keywords;
mod types;

pub use add_cloud_audit_keywords::{AddCloudAuditKeywords, AddCloudAuditKeywordsError, UserKeyword};
pub use add_local_audit_keywords::{AddLocalAuditKeywords, AddLocalAuditKeywordsError};
pub use batch_content_moderation::{
    BatchContentModeration, BatchContentModerationError, BatchModerationResults, ModerationContent,
    ModerationItemResult,
};
pub use content_moderation::{ContentModeration, ContentModerationError, ModerationResult};
pub use delete_cloud_audit_keywords::{
    DeleteCloudAuditKeywords, DeleteCloudAuditKeywordsError, DeletedKeyword, DeletedKeywords,
};
pub use delete_local_audit_keywords::{DeleteLocalAuditKeywords, DeleteLocalAuditKeywordsError};
pub use errors::AuditError;
pub use get_cloud_audit_keywords::{
    CloudKeyword, CloudKeywords, GetCloudAuditKeywords, GetCloudAuditKeywordsError,
};
pub use get_cloud_audit_keywords_ids::{
    GetCloudAuditKeywordsIds, GetCloudAuditKeywordsIdsError, KeywordLibraries, KeywordLibrary,
};
pub use get_local_audit_keywords::{GetLocalAuditKeywords, GetLocalAuditKeywordsError, LocalKeywords};
pub use types::{
    AuditContentType, AuditName, AuditReceipt, FilterType, LocalAuditWord, ModerationLabel, Suggestion,
    WordType,
};
