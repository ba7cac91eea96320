//! `getCodePage`: `GET /wxa/get_page`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/getCodePage.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the pages of the uploaded code.
#[wx_endpoint(
    name = "getCodePage",
    path = "/wxa/get_page",
    method = GET,
    perm_sets = [18],
    response = CodePages,
    errors(
        use CommonError,
        86000 => ThirdPartyOnly: "must be called by a third-party platform",
        86001 => ComponentTrialVersionMissing: "the component's trial version does not exist",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetCodePage;

/// The pages returned by `getCodePage`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CodePages {
    /// The page paths of the uploaded code.
    pub page_list: Vec<String>,
}
