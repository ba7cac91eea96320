//! `getTagidList`: `POST /cgi-bin/tags/getidlist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/User_Management/User_Tag_Management.html>.
//! Note: name and permission sets 2 and 100 from the newer page (doc/service/en/api/usermanage/tag/api_gettagidlist.html).
//! Unverified: 49003 is the old page's row as its copies print it (the newer page's table is cut after 40003).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the ids of the tags a follower carries.
#[wx_endpoint(
    name = "getTagidList",
    path = "/cgi-bin/tags/getidlist",
    idempotent,
    perm_sets = [2, 100],
    response = TagIdList,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid; check that the user follows the account",
        49003 => OpenidNotOfApp: "the openid does not belong to this AppID",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetTagidList {
    /// The follower's OpenID.
    #[wx(non_empty)]
    pub openid: String,
}

/// The tags of a follower, as `getTagidList` answers them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TagIdList {
    /// The ids of the tags the follower carries.
    pub tagid_list: Vec<u64>,
}
