//! `secwxaapi_reauth`: `POST /wxa/sec/reauth`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/weapp-wxverify/secwxaapi_reauth.html>.
//! Note: the facts were read on the newer page api_secwxaapi_reauth; its `auth_data` table is
//! `secwxaapi_wxaauth`'s, with `customer_type` required and `taskid` required here. The page's
//! example leaves `customer_type` out.
//! Unverified: the return and error tables were not read.

use super::{AuthData, AuthTask};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Resubmits a verification that was returned for changes (`apply_status` 3).
#[wx_endpoint(
    name = "secwxaapi_reauth",
    path = "/wxa/sec/reauth",
    perm_sets = [18],
    response = AuthTask,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Reauth {
    /// The corrected verification data, with the task's `taskid`.
    pub auth_data: AuthData,
}
