//! `getAuditStatus`: `POST /wxa/get_auditstatus`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/getAuditStatus.html>.

use serde::Deserialize;

use super::AuditStatus;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads a review's status.
#[wx_endpoint(
    name = "getAuditStatus",
    path = "/wxa/get_auditstatus",
    perm_sets = [18],
    response = AuditResult,
    errors(
        use CommonError,
        85012 => InvalidAuditId: "invalid audit id",
        86000 => ThirdPartyOnly: "must be called by a third-party platform",
        86001 => ComponentTrialVersionMissing: "the component's trial version does not exist",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAuditStatus {
    /// The review's id, as `submit_audit` returned it.
    pub auditid: u64,
}

/// A review's status, as `getAuditStatus` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AuditResult {
    /// The review's status.
    pub status: Option<AuditStatus>,
    /// Why the review was rejected (status 1) or delayed (status 4).
    pub reason: String,
    /// `|`-separated media_ids (examples spell it `ScreenShot`: both are accepted).
    #[serde(alias = "ScreenShot")]
    pub screenshot: String,
}
