//! `weDataSetUserPerm`: `POST /wedata/wedata_set_user_perm`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/we-analysis/weDataSetUserPerm.html>.
//! Note: required before a user's first login; a bound administrator's or data administrator's permissions cannot be changed.
//! Unverified: error table not captured (the stored copies are cut off before it).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Sets the full list of a user's We Analysis permission sets.
#[wx_endpoint(
    name = "weDataSetUserPerm",
    path = "/wedata/wedata_set_user_perm",
    perm_sets = [18],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct WeDataSetUserPerm {
    /// The user's id in the platform's system.
    #[wx(non_empty)]
    pub uid: String,
    /// The permission sets to grant (from `weDataGetPermList`).
    pub perm: Vec<WeDataPermGrant>,
}

/// A permission set to grant.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeDataPermGrant {
    /// The permission set's id.
    pub perm_id: String,
    /// The permission set's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The permission set's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
}
