//! `weDataQueryBindList`: `POST /wedata/wedata_query_bind_list`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/we-analysis/weDataQueryBindList.html>.
//! Unverified: error table not captured (the stored copies are cut off before it).

use super::WeDataPerm;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the platform's users, whether each is bound to a WeChat account, and their permission sets.
#[wx_endpoint(
    name = "weDataQueryBindList",
    path = "/wedata/wedata_query_bind_list",
    perm_sets = [18],
    response = WeDataBindList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct WeDataQueryBindList;

/// The users returned by `weDataQueryBindList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WeDataBindList {
    /// The users.
    pub info: Vec<WeDataBinding>,
}

/// A user of the platform's system and its binding.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WeDataBinding {
    /// The user's id in the platform's system.
    pub uid: String,
    /// Unix time (seconds) it was created.
    pub create_time: i64,
    /// Unix time (seconds) it was updated.
    pub update_time: i64,
    /// The bound WeChat account's nickname.
    pub nickname: String,
    /// The bound WeChat account's avatar URL.
    pub head_url: String,
    /// 1 when the uid is bound to a WeChat account, 0 otherwise.
    pub is_bind: i64,
    /// The user's permission sets.
    pub perm: Vec<WeDataPerm>,
}
