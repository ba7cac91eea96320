//! `bindOpenAccount`: `POST /cgi-bin/open/bind`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/openplatform-management/bindOpenAccount.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Binds the account to an open platform account.
#[wx_endpoint(
    name = "bindOpenAccount",
    path = "/cgi-bin/open/bind",
    perm_sets = [24, 25, 60],
    errors(
        use CommonError,
        89000 => OpenAccountAlreadyBound: "the account is already bound to an open platform account",
        89001 => NotSameSubject: "the authorizer and the open platform account have different subjects",
        89003 => OpenAccountNotCreatedByApi: "the open platform account was not created through the API: not allowed",
        89004 => OpenAccountBindLimit: "the open platform account reached its limit of bound accounts (100)",
        40013 => InvalidAppid: "invalid appid",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BindOpenAccount {
    /// The open platform account's appid.
    #[wx(non_empty)]
    pub open_appid: String,
    /// Must equal the authorizer's appid (40013 otherwise).
    pub appid: Option<String>,
}
