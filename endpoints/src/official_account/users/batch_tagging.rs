//! `batchTagging`: `POST /cgi-bin/tags/members/batchtagging`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/User_Tag_Management.html>.
//! Note: name and permission sets 2 and 100 from the newer page (doc/subscription/en/api/usermanage/tag/api_batchtagging.html).
//! Unverified: the error rows are the old page's as its copies print them (the stored official copies end before them).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Tags up to 50 followers with one tag (a follower carries at most 20 tags).
#[wx_endpoint(
    name = "batchTagging",
    path = "/cgi-bin/tags/members/batchtagging",
    perm_sets = [2, 100],
    errors(
        use CommonError,
        40032 => TooManyOpenids: "at most 50 openids a call",
        45159 => InvalidTag: "invalid tag",
        45059 => TooManyTagsOnFollower: "a follower already carries the most tags allowed (20)",
        40003 => InvalidOpenid: "invalid openid",
        49003 => OpenidNotOfApp: "the openid does not belong to this AppID",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BatchTagging {
    /// The followers' OpenIDs, at most 50.
    #[wx(non_empty, max_items = 50)]
    pub openid_list: Vec<String>,
    /// The tag's id.
    pub tagid: u64,
}
