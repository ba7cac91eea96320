//! `secwxaapi_wxaauth`: `POST /wxa/sec/wxaauth`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/weapp-wxverify/secwxaapi_wxaauth.html>.
//! Note: the facts were read on the newer page api_secwxaapi_wxaauth; upload images first with
//! `secwxaapi_uploadauthmaterial`, then follow the task with `secwxaapi_queryauth`.
//! Unverified: the return table (`taskid` is in the example; `auth_url` as `secwxaapi_queryauth`
//! returns it) and the error table were not read.

use super::AuthData;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Starts WeChat verification of the Mini Program on the merchant's behalf.
#[wx_endpoint(
    name = "secwxaapi_wxaauth",
    path = "/wxa/sec/wxaauth",
    perm_sets = [18],
    response = AuthTask,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct WxaAuth {
    /// The verification data.
    pub auth_data: AuthData,
}

/// The verification task, as `secwxaapi_wxaauth` and `secwxaapi_reauth` return it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AuthTask {
    /// The verification task's id, for `secwxaapi_queryauth` and `secwxaapi_reauth`.
    pub taskid: String,
    /// The link the Mini Program's administrator opens to authorize the verification.
    pub auth_url: String,
}
