//! `getFans`: `GET /cgi-bin/user/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/Getting_a_User_List.html>.
//! Note: name and permission sets 2 and 100 from the newer page (doc/subscription/en/api/usermanage/userinfo/api_getfans.html);
//! at most 10,000 OpenIDs a page.
//! Unverified: the page has no error table (its example failure is 40013, invalid AppID).

use serde::Deserialize;

use super::OpenidPage;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Lists the account's followers, a page of at most 10,000 OpenIDs at a time.
#[wx_endpoint(
    name = "getFans",
    path = "/cgi-bin/user/get",
    method = GET,
    perm_sets = [2, 100],
    response = OpenidPage,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetFans {
    /// The previous page's `next_openid`; left out: from the start.
    pub next_openid: Option<String>,
}
