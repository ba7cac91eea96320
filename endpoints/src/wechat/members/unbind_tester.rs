//! `unbindTester`: `POST /wxa/unbind_tester`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/member-management/unbindTester.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Removes a tester by WeChat ID or `userstr`.
#[wx_endpoint(
    name = "unbindTester",
    path = "/wxa/unbind_tester",
    perm_sets = [18],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UnbindTester {
    /// The tester's WeChat ID.
    pub wechatid: Option<String>,
    /// The tester's `userstr`, from `bindTester` or `getTester`.
    pub userstr: Option<String>,
}
