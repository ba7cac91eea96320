//! `updateRemark`: `POST /cgi-bin/user/info/updateremark`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/Configuring_user_notes.html>.
//! Note: for verified service accounts only. Name and permission sets 2 and 100 from the newer page
//! (doc/service/en/api/usermanage/userinfo/api_updateremark.html), whose request table is empty; the fields are the old page's.
//! Unverified: the error table (the stored copies end before it; the old page's example failure is 40013, invalid AppID).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Sets the account's remark (alias) for a follower.
#[wx_endpoint(
    name = "updateRemark",
    path = "/cgi-bin/user/info/updateremark",
    perm_sets = [2, 100],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UpdateRemark {
    /// The follower's OpenID.
    #[wx(non_empty)]
    pub openid: String,
    /// The new remark, shorter than 30 characters.
    #[wx(chars = ..=30)]
    pub remark: String,
}
