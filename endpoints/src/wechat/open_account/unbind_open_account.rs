//! `unbindOpenAccount`: `POST /cgi-bin/open/unbind`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/openplatform-management/unbindOpenAccount.html>.
//! Unverified: perm sets copied from bindOpenAccount.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Unbinds the account from an open platform account.
#[wx_endpoint(
    name = "unbindOpenAccount",
    path = "/cgi-bin/open/unbind",
    perm_sets = [24, 25, 60],
    errors(
        use CommonError,
        89001 => NotSameSubject: "the authorizer and the open platform account have different subjects",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UnbindOpenAccount {
    /// The authorizer's appid.
    pub appid: Option<String>,
    /// The open platform account's appid.
    #[wx(non_empty)]
    pub open_appid: String,
}
