//! `getOpenAccount`: `POST /cgi-bin/open/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/openplatform-management/getOpenAccount.html>.
//! Unverified: perm sets copied from bindOpenAccount.

use super::OpenAccount;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the open platform account the account is bound to.
#[wx_endpoint(
    name = "getOpenAccount",
    path = "/cgi-bin/open/get",
    perm_sets = [24, 25, 60],
    response = OpenAccount,
    errors(
        use CommonError,
        89002 => OpenAccountNotFound: "the open platform account does not exist",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetOpenAccount {
    /// The authorizer's appid.
    pub appid: Option<String>,
}
