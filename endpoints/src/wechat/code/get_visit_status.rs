//! `getVisitStatus`: `POST /wxa/getvisitstatus`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/getVisitStatus.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads whether the service is suspended.
#[wx_endpoint(
    name = "getVisitStatus",
    path = "/wxa/getvisitstatus",
    perm_sets = [18],
    response = VisitStatus,
    errors(
        use CommonError,
        44002 => EmptyPostData: "empty POST body; send `{}`",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetVisitStatus;

/// The service status returned by `getVisitStatus`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VisitStatus {
    /// 0 suspended, 1 not suspended.
    pub status: i64,
}
