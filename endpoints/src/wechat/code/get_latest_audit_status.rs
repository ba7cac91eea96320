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

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LatestAudit {
    pub auditid: u64,
    pub status: Option<AuditStatus>,
    pub reason: String,
    /// The example JSON spells it `ScreenShot`: both are accepted.
    #[serde(alias = "ScreenShot")]
    pub screenshot: String,
    pub user_version: String,
    pub user_desc: String,
    pub submit_audit_time: i64,
}
