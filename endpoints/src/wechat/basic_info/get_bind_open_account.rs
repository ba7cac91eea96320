//! `getBindOpenAccount`: `GET /cgi-bin/open/have`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/basic-info-management/getBindOpenAccount.html>.
//! Note: the page's request line is GET (the newer page api_getbindopenaccount says GET too); the
//! golden corpus lists POST.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads whether the account is bound to an Open Platform account.
#[wx_endpoint(
    name = "getBindOpenAccount",
    path = "/cgi-bin/open/have",
    method = GET,
    perm_sets = [3, 30],
    response = OpenAccountBinding,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetBindOpenAccount;

/// Whether an Open Platform account is bound, as `getBindOpenAccount` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OpenAccountBinding {
    /// True when the account is bound to an Open Platform account, false when it is bound to none.
    pub have_open: bool,
}
