//! `batchUserinfo`: `POST /cgi-bin/user/info/batchget`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/Get_users_basic_information_UnionID.html#UinonId>.
//! Note: name and permission sets 2 and 100 from the newer page (doc/subscription/en/api/usermanage/userinfo/api_batchuserinfo.html).
//! Unverified: the error table (the stored copies end before it).

use serde::{Deserialize, Serialize};

use super::{FollowerInfo, Lang};
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the basic information of up to 100 followers at once.
#[wx_endpoint(
    name = "batchUserinfo",
    path = "/cgi-bin/user/info/batchget",
    idempotent,
    perm_sets = [2, 100],
    response = FollowerInfoList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BatchUserinfo {
    /// The users to read, at most 100.
    #[wx(non_empty, max_items = 100)]
    pub user_list: Vec<UserInfoQuery>,
}

/// One user to read (`user_list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UserInfoQuery {
    /// The user's OpenID; the user must follow the account.
    pub openid: String,
    /// The language of the answered place names; `zh_CN` when left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

/// The followers' information, as `batchUserinfo` answers it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FollowerInfoList {
    /// One entry per requested user, in order (only `subscribe` and `openid` for a non-follower).
    pub user_info_list: Vec<FollowerInfo>,
}
