//! The page of OpenIDs that `getFans`, `getBlacklist` and `getTagFans` answer.

use serde::Deserialize;

/// One page of OpenIDs (followers, blacklisted users, or followers under a tag).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OpenidPage {
    /// How many users there are in all; not answered by `getTagFans`.
    pub total: Option<u64>,
    /// How many OpenIDs this page holds.
    pub count: u64,
    /// The page's OpenIDs.
    pub data: OpenidData,
    /// The last OpenID of this page: pass it to fetch the next page (empty or absent at the end).
    pub next_openid: Option<String>,
}

/// The OpenIDs of a page (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OpenidData {
    /// The OpenIDs, in order.
    pub openid: Vec<String>,
}
