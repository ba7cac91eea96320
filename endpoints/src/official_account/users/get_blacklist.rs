//! `getBlacklist`: `POST /cgi-bin/tags/members/getblacklist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/Manage_blacklist.html>.
//! Note: name and permission sets 2 and 100 from the newer page (doc/subscription/api/usermanage/userinfo/api_getblacklist.html),
//! which pages by 1000 OpenIDs (the old page said 10,000).
//! Note: error rows from the old page's table.

use serde::Deserialize;

use super::OpenidPage;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Lists the account's blacklisted users, a page of OpenIDs at a time.
#[wx_endpoint(
    name = "getBlacklist",
    path = "/cgi-bin/tags/members/getblacklist",
    idempotent,
    perm_sets = [2, 100],
    response = OpenidPage,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        49003 => OpenidNotOfApp: "the openid does not belong to this AppID",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetBlacklist {
    /// The OpenID to start from (the previous page's `next_openid`); empty or left out: from the start.
    pub begin_openid: Option<String>,
}
