//! `undoAudit`: `GET /wxa/undocodeaudit`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/undoAudit.html>.

use crate::wx_endpoint;

/// Withdraws the review in progress (5 a day, 10 a month).
#[wx_endpoint(
    name = "undoAudit",
    path = "/wxa/undocodeaudit",
    method = GET,
    perm_sets = [18],
    errors(
        -1 => SystemBusy: "system busy; retry later",
        40001 => InvalidCredential: "access_token invalid or not the latest; check the AppSecret or renew the token",
        87013 => UndoQuotaExceeded: "no quota left to withdraw an audit (5 a day, 10 a month)",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UndoAudit;
