//! `createOpenAccount`: `POST /cgi-bin/open/create`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/openplatform-management/createOpenAccount.html>.
//! Unverified: perm sets copied from bindOpenAccount.

use super::OpenAccount;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates an open platform account and binds the account to it.
#[wx_endpoint(
    name = "createOpenAccount",
    path = "/cgi-bin/open/create",
    perm_sets = [24, 25, 60],
    response = OpenAccount,
    errors(
        use CommonError,
        89000 => OpenAccountAlreadyBound: "the account is already bound to an open platform account",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateOpenAccount {
    /// The authorizer's appid.
    pub appid: Option<String>,
}
