//! `follow_get_info`: `POST /v4/follow/follow_get_info`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/70350>.

use serde::Deserialize;

use super::FollowError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the fan, follow and mutual-follow counts of up to 20 users; each gets its own result.
#[wx_endpoint(
    name = "follow_get_info",
    family = im,
    path = "/v4/follow/follow_get_info",
    response = FollowCounts,
    idempotent,
    errors(use ImCommonError, use FollowError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct FollowGetInfo {
    /// The user who reads.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The users whose counts to read (at most 20).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 20)]
    pub to_account: Vec<String>,
}

/// One user's counts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FollowCount {
    /// The user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// This user's result code (0 = read).
    pub result_code: Option<i64>,
    /// This user's error message; empty on success.
    pub result_info: Option<String>,
    /// The user's number of fans.
    pub follower_count: u64,
    /// The number of users the user follows.
    pub following_count: u64,
    /// The user's number of mutual follows.
    pub mutual_following_count: u64,
}

impl FollowCount {
    /// This item's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The counts read by `follow_get_info`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FollowCounts {
    /// One entry per requested user.
    pub follow_info: Vec<FollowCount>,
    /// Error detail for display; empty on success.
    pub error_display: String,
}
