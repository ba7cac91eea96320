//! `friend_get_list`: `POST /v4/sns/friend_get_list`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34910>.
//! Note: the page recommends at most 100 friends per request (a recommendation, not enforced here).
//! Unverified: the error table was not reachable in the stored page; the shared `RelationError`
//! rows are assumed (the page's batch example reports 30001 for a user who is not a friend).

use serde::Deserialize;

use super::types::SnsItem;
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads chosen friend fields and profile fields of specified friends of a user.
#[wx_endpoint(
    name = "friend_get_list",
    family = im,
    path = "/v4/sns/friend_get_list",
    response = FriendInfoList,
    idempotent,
    errors(use ImCommonError, use RelationError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendGetList {
    /// The user whose friends are read.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The friends to read (at most 100 recommended).
    #[serde(rename = "To_Account")]
    #[wx(non_empty)]
    pub to_account: Vec<String>,
    /// The fields to read: friend fields (`Tag_SNS_...`) and profile fields (`Tag_Profile_...`).
    #[wx(non_empty)]
    pub tag_list: Vec<String>,
}

/// One friend's requested fields and result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FriendInfo {
    /// The friend's user ID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The requested friend and profile fields that are set.
    pub sns_profile_item: Vec<SnsItem>,
    /// This friend's result code (0 = read), when present.
    pub result_code: Option<i64>,
    /// This friend's error description (empty on success), when present.
    pub result_info: Option<String>,
}

impl FriendInfo {
    /// This friend's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The results of `friend_get_list`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FriendInfoList {
    /// One item per requested friend.
    pub info_item: Vec<FriendInfo>,
    /// The users that could not be read; only present when at least one failed.
    #[serde(rename = "Fail_Account")]
    pub fail_account: Vec<String>,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
