//! `getBindOpenAccountEntity`: `GET /cgi-bin/open/sameentity`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/basic-info-management/getBindOpenAccountEntity.html>.
//! Unverified: the interface name: the English twin prints `GetBindOpenAccountEntity` (it
//! capitalises the first letter of other names too, e.g. `GetOrderPathInfo`); the Chinese page was
//! not read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads whether the bound Open Platform account has the same subject as the account.
#[wx_endpoint(
    name = "getBindOpenAccountEntity",
    path = "/cgi-bin/open/sameentity",
    method = GET,
    perm_sets = [3, 30],
    response = OpenAccountEntity,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetBindOpenAccountEntity;

/// Whether the subjects match, as `getBindOpenAccountEntity` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OpenAccountEntity {
    /// True when the bound Open Platform account and the account have the same subject.
    pub same_entity: bool,
}
