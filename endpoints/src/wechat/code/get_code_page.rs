//! `getCodePage`: `GET /wxa/get_page`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/getCodePage.html>.

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
        -1 => SystemBusy: "system busy; retry later",
        40001 => InvalidCredential: "access_token invalid or not the latest; check the AppSecret or renew the token",
        86000 => ThirdPartyOnly: "must be called by a third-party platform",
        86001 => ComponentTrialVersionMissing: "the component's trial version does not exist",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GetCodePage;

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CodePages {
    pub page_list: Vec<String>,
}
