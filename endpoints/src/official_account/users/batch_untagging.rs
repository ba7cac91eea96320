//! `batchUntagging`: `POST /cgi-bin/tags/members/batchuntagging`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/User_Tag_Management.html>.
//! Note: permission sets 2 and 100 from the newer page (doc/service/en/api/usermanage/tag/api_batchuntagging.html),
//! which prints the name as `BatchUntagging`.
//! Unverified: the error rows are the old page's as its copies print them (the stored official copies end before them).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Removes one tag from up to 50 followers.
#[wx_endpoint(
    name = "batchUntagging",
    path = "/cgi-bin/tags/members/batchuntagging",
    perm_sets = [2, 100],
    errors(
        use CommonError,
        40032 => TooManyOpenids: "at most 50 openids a call",
        45159 => InvalidTag: "invalid tag",
        40003 => InvalidOpenid: "invalid openid",
        49003 => OpenidNotOfApp: "the openid does not belong to this AppID",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BatchUntagging {
    /// The followers' OpenIDs, at most 50.
    #[wx(non_empty, max_items = 50)]
    pub openid_list: Vec<String>,
    /// The tag's id.
    pub tagid: u64,
}
