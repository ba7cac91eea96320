//! `weDataGetPermList`: `POST /wedata/wedata_get_perm_list`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/we-analysis/weDataGetPermList.html>.
//! Unverified: error table not captured (the stored copies are cut off before it).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the merchant's We Analysis permission sets.
#[wx_endpoint(
    name = "weDataGetPermList",
    path = "/wedata/wedata_get_perm_list",
    perm_sets = [18],
    response = WeDataPermList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct WeDataGetPermList;

/// The permission sets returned by `weDataGetPermList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WeDataPermList {
    /// The permission sets.
    pub perm: Vec<WeDataPerm>,
}

/// A We Analysis permission set.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WeDataPerm {
    /// The permission set's id.
    pub perm_id: String,
    /// The permission set's name.
    pub name: String,
    /// What the permission set allows.
    pub desc: String,
}
