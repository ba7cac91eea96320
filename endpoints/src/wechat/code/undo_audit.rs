//! `undoAudit`: `GET /wxa/undocodeaudit`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/undoAudit.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Withdraws the review in progress (5 a day, 10 a month).
#[wx_endpoint(
    name = "undoAudit",
    path = "/wxa/undocodeaudit",
    method = GET,
    perm_sets = [18],
    errors(
        use CommonError,
        87013 => UndoQuotaExceeded: "no quota left to withdraw an audit (5 a day, 10 a month)",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UndoAudit;
