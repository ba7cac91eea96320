//! `getSearchStatus`: `GET /wxa/getwxasearchstatus`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/basic-info-management/getSearchStatus.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads whether WeChat search finds the Mini Program.
#[wx_endpoint(
    name = "getSearchStatus",
    path = "/wxa/getwxasearchstatus",
    method = GET,
    perm_sets = [18],
    response = SearchStatusInfo,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetSearchStatus;

/// The search status returned by `getSearchStatus`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SearchStatusInfo {
    /// 0 searchable, 1 hidden.
    pub status: i64,
}
