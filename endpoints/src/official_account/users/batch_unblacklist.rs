//! `batchUnblacklist`: `POST /cgi-bin/tags/members/batchunblacklist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/Manage_blacklist.html>.
//! Note: permission sets 2 and 100 as every user-management page of the newer documents names them.
//! Unverified: the interface name (the stored copies of the newer page were not found; the old page names none);
//! the error rows are the old page's as its copies print them (the stored official copies end before them).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Removes up to 20 users from the blacklist.
#[wx_endpoint(
    name = "batchUnblacklist",
    path = "/cgi-bin/tags/members/batchunblacklist",
    perm_sets = [2, 100],
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        49003 => OpenidNotOfApp: "the openid does not belong to this AppID",
        40032 => TooManyOpenids: "at most 20 users a call",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BatchUnblacklist {
    /// The users' OpenIDs, at most 20.
    #[wx(non_empty, max_items = 20)]
    pub openid_list: Vec<String>,
}
