//! `setVisitStatus`: `POST /wxa/change_visitstatus`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/setVisitStatus.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Suspends or resumes the Mini Program's service.
#[wx_endpoint(
    name = "setVisitStatus",
    path = "/wxa/change_visitstatus",
    perm_sets = [18],
    errors(
        use CommonError,
        85021 => StatusUnchangeable: "the status cannot change",
        85022 => InvalidAction: "invalid action",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetVisitStatus {
    /// Whether to suspend or resume the service.
    pub action: VisitAction,
}

/// The `action` of `setVisitStatus`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VisitAction {
    /// `close`: suspend the service.
    Close,
    /// `open`: resume the service.
    #[default]
    Open,
}
