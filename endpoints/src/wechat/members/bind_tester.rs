//! `bindTester`: `POST /wxa/bind_tester`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/member-management/bindTester.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds a tester by WeChat ID.
#[wx_endpoint(
    name = "bindTester",
    path = "/wxa/bind_tester",
    perm_sets = [18],
    response = BoundTester,
    errors(
        use CommonError,
        85001 => UserNotFound: "the user does not exist or cannot be searched",
        85002 => TesterLimitReached: "the number of testers reached the limit",
        85003 => UserBoundTooMany: "the user is bound to too many Mini Programs",
        85004 => AlreadyBound: "the user is already bound",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BindTester {
    /// The tester's WeChat ID.
    #[wx(non_empty)]
    pub wechatid: String,
}

/// The tester added by `bindTester`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BoundTester {
    /// A stable per-person id, usable in `unbindTester`.
    pub userstr: String,
}
