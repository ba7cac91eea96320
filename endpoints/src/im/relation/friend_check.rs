//! `friend_check`: `POST /v4/sns/friend_check`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34907>.

use serde::Deserialize;

use super::types::{FriendCheckType, FriendRelation};
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Checks in bulk whether users are friends of a user, one-way or both ways.
#[wx_endpoint(
    name = "friend_check",
    family = im,
    path = "/v4/sns/friend_check",
    response = FriendCheckResults,
    idempotent,
    errors(use ImCommonError, use RelationError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendCheck {
    /// The user whose friendships are checked.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The users to check (at most 1000).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 1000)]
    pub to_account: Vec<String>,
    /// One-way or both ways.
    pub check_type: FriendCheckType,
}

/// One checked user's relation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FriendCheckItem {
    /// The checked user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The friendship between `To_Account` and `From_Account`, when the check succeeded.
    pub relation: Option<FriendRelation>,
    /// This user's result code (0 = checked), when present.
    pub result_code: Option<i64>,
    /// This user's error description (empty on success), when present.
    pub result_info: Option<String>,
}

impl FriendCheckItem {
    /// This user's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The results of `friend_check`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FriendCheckResults {
    /// One result per checked user.
    pub info_item: Vec<FriendCheckItem>,
    /// The users whose check failed; only present when at least one failed.
    #[serde(rename = "Fail_Account")]
    pub fail_account: Vec<String>,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
