//! Code and release: upload, review, release, rollback, gradual release, service status, base library.

mod audit_status;
mod commit;
mod get_audit_status;
mod get_code_audit_quota;
mod get_code_page;
mod get_code_privacy_info;
mod get_gray_release_plan;
mod get_latest_audit_status;
mod get_support_version;
mod get_version_info;
mod get_visit_status;
mod gray_release;
mod release;
mod revert_code_release;
mod revert_gray_release;
mod set_support_version;
mod set_visit_status;
mod speedup_code_audit;
mod submit_audit;
mod undo_audit;
mod upload_media;

pub use audit_status::AuditStatus;
pub use commit::{Commit, CommitError};
pub use get_audit_status::{AuditResult, GetAuditStatus, GetAuditStatusError};
pub use get_code_audit_quota::{CodeAuditQuota, GetCodeAuditQuota, GetCodeAuditQuotaError};
pub use get_code_page::{CodePages, GetCodePage, GetCodePageError};
pub use get_code_privacy_info::{CodePrivacyInfo, GetCodePrivacyInfo, GetCodePrivacyInfoError};
pub use get_gray_release_plan::{
    GetGrayReleasePlan, GetGrayReleasePlanError, GrayReleasePlan, GrayReleasePlanInfo,
};
pub use get_latest_audit_status::{GetLatestAuditStatus, GetLatestAuditStatusError, LatestAudit};
pub use get_support_version::{
    GetSupportVersion, GetSupportVersionError, SupportVersion, VersionShare, VersionUsage,
};
pub use get_version_info::{GetVersionInfo, GetVersionInfoError, ReleasedVersion, TrialVersion, VersionInfo};
pub use get_visit_status::{GetVisitStatus, GetVisitStatusError, VisitStatus};
pub use gray_release::{GrayRelease, GrayReleaseError};
pub use release::{Release, ReleaseError};
pub use revert_code_release::{HistoryVersion, RevertCodeRelease, RevertCodeReleaseError, VersionHistory};
pub use revert_gray_release::{RevertGrayRelease, RevertGrayReleaseError};
pub use set_support_version::{SetSupportVersion, SetSupportVersionError};
pub use set_visit_status::{SetVisitStatus, SetVisitStatusError, VisitAction};
pub use speedup_code_audit::{SpeedupCodeAudit, SpeedupCodeAuditError};
pub use submit_audit::{AuditItem, AuditSubmitted, PreviewInfo, SubmitAudit, SubmitAuditError};
pub use undo_audit::{UndoAudit, UndoAuditError};
pub use upload_media::{UploadMediaToCodeAudit, UploadMediaToCodeAuditError, UploadedMedia};
