//! `unbindTester`: `POST /wxa/unbind_tester`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/member-management/unbindTester.html>.

use crate::wx_endpoint;

/// Removes a tester by WeChat ID or `userstr`.
#[wx_endpoint(
    name = "unbindTester",
    path = "/wxa/unbind_tester",
    perm_sets = [18],
    errors(
        -1 => SystemBusy: "system busy; retry later",
        40001 => InvalidCredential: "access_token invalid or not the latest; check the AppSecret or renew the token",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UnbindTester {
    pub wechatid: Option<String>,
    pub userstr: Option<String>,
}
