//! `getTagFans`: `POST /cgi-bin/user/tag/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/User_Tag_Management.html>.
//! Note: name and permission sets 2 and 100 from the newer page (doc/subscription/api/usermanage/tag/api_gettagfans.html),
//! whose table marks both fields optional.
//! Unverified: the error rows are the old page's as its copies print them (the stored official copies end before them).

use serde::Deserialize;

use super::OpenidPage;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Lists the followers carrying a tag, a page at a time.
#[wx_endpoint(
    name = "getTagFans",
    path = "/cgi-bin/user/tag/get",
    idempotent,
    perm_sets = [2, 100],
    response = OpenidPage,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        45159 => InvalidTagId: "invalid tag_id",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetTagFans {
    /// The tag's id.
    pub tagid: Option<u64>,
    /// The OpenID to start after (the previous page's `next_openid`); empty or left out: from the start.
    pub next_openid: Option<String>,
}
