//! `userInfo`: `GET /cgi-bin/user/info`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/Get_users_basic_information_UnionID.html#UinonId>.
//! Note: name and permission sets 2 and 100 from the newer page (doc/subscription/en/api/usermanage/userinfo/api_userinfo.html).
//! Nickname, avatar, sex and place are no longer answered since 2021-12-27; the sample still prints them.
//! Unverified: the page has no error table (its example failure is 40013, invalid AppID); the full
//! `subscribe_scene` value list is from the old page.

use serde::Deserialize;

use super::{FollowerInfo, Lang};
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads a follower's basic information (follow state and time, UnionID, remark, tags, follow source) by OpenID.
#[wx_endpoint(
    name = "userInfo",
    path = "/cgi-bin/user/info",
    method = GET,
    perm_sets = [2, 100],
    response = FollowerInfo,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UserInfo {
    /// The user's OpenID for this account.
    #[wx(non_empty)]
    pub openid: String,
    /// The language of the answered place names; `zh_CN` when left out.
    pub lang: Option<Lang>,
}
