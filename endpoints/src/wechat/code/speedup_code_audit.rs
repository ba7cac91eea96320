//! `speedupCodeAudit`: `POST /wxa/speedupaudit`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/speedupCodeAudit.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Asks for an expedited review.
#[wx_endpoint(
    name = "speedupCodeAudit",
    path = "/wxa/speedupaudit",
    perm_sets = [18],
    errors(
        use CommonError,
        89401 => Unstable: "the system is unstable; retry later",
        89402 => NotInAuditQueue: "the Mini Program is not in the audit queue",
        89403 => SpeedupNotSupported: "this audit type cannot be sped up",
        89404 => AlreadySpedUp: "this audit was already sped up",
        89405 => SpeedupQuotaExceeded: "this month's speed-up quota is used up",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SpeedupCodeAudit {
    /// The review's id, as `submit_audit` returned it.
    pub auditid: u64,
}
