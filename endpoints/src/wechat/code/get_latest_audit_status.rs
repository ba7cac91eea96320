//! `getLatestAuditStatus`: `GET /wxa/get_latest_auditstatus`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/getLatestAuditStatus.html>.

use serde::Deserialize;

use super::AuditStatus;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the latest review's status.
#[wx_endpoint(
    name = "getLatestAuditStatus",
    path = "/wxa/get_latest_auditstatus",
    method = GET,
    perm_sets = [18],
    response = LatestAudit,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetLatestAuditStatus;

/// The latest review, as `getLatestAuditStatus` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LatestAudit {
    /// The review's id (a string in the page's sample, a number elsewhere: both are read).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub auditid: u64,
    /// The review's status.
    pub status: Option<AuditStatus>,
    /// Why the review was rejected or delayed.
    pub reason: String,
    /// The example JSON spells it `ScreenShot`: both are accepted.
    #[serde(alias = "ScreenShot")]
    pub screenshot: String,
    /// The reviewed code's version.
    pub user_version: String,
    /// The reviewed code's description.
    pub user_desc: String,
    /// When the code was submitted for review.
    pub submit_audit_time: i64,
}
