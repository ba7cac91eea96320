//! `weDataUnbindUser`: `POST /wedata/wedata_unbind_user`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/we-analysis/weDataUnbindUser.html>.
//! Note: the page's return table has errcode and errmsg only (its return example repeats `weDataQueryBindList`'s).
//! Unverified: error table not captured (the stored copies are cut off before it).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Unbinds a user from its WeChat account and removes that account's We Analysis membership (administrators keep theirs).
#[wx_endpoint(
    name = "weDataUnbindUser",
    path = "/wedata/wedata_unbind_user",
    perm_sets = [18],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct WeDataUnbindUser {
    /// The user's id in the platform's system.
    #[wx(non_empty)]
    pub uid: String,
}
