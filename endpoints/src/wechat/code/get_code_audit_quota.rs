//! `setCodeAuditQuota`: `GET /wxa/queryquota`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/setCodeAuditQuota.html>.
//! Note: despite the English name this is a query of the component-wide monthly audit quota.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the platform's monthly review and expedite quota (catalogued as `setCodeAuditQuota`, but it only reads).
#[wx_endpoint(
    name = "setCodeAuditQuota",
    path = "/wxa/queryquota",
    method = GET,
    perm_sets = [18],
    response = CodeAuditQuota,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetCodeAuditQuota;

/// The review quota returned by `setCodeAuditQuota`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CodeAuditQuota {
    /// Reviews left this month.
    pub rest: i64,
    /// Reviews allowed this month.
    pub limit: i64,
    /// Expedited reviews left.
    pub speedup_rest: i64,
    /// Expedited reviews allowed.
    pub speedup_limit: i64,
}
