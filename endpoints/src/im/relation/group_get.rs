//! `group_get`: `POST /v4/sns/group_get` (friend lists, not chat groups).
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/40123>.
//! Note: the 32-name limit is from the Chinese twin: <https://www.tencentcloud.com/zh/document/product/1047/40123>.
//! Unverified: the error table was not reachable in the stored page; the shared `RelationError` rows
//! are assumed.

use serde::Deserialize;

use super::types::NeedFriend;
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads a user's friend lists, optionally with the friends in each.
#[wx_endpoint(
    name = "group_get",
    family = im,
    path = "/v4/sns/group_get",
    response = FriendGroups,
    idempotent,
    errors(use ImCommonError, use RelationError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendGroupGet {
    /// The user whose lists are read.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// `Need_Friend_Type_Yes`: also return each list's friends (only when `GroupName` is unset).
    pub need_friend: Option<NeedFriend>,
    /// The lists to read (at most 32); all when unset.
    #[wx(max_items = 32)]
    pub group_name: Option<Vec<String>>,
}

/// One friend list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FriendGroupInfo {
    /// The list's name.
    pub group_name: String,
    /// How many friends the list holds.
    pub friend_number: u64,
    /// The list's friends, when requested.
    #[serde(rename = "To_Account")]
    pub to_account: Option<Vec<String>>,
}

/// The reply of `group_get`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FriendGroups {
    /// The friend lists.
    pub result_item: Vec<FriendGroupInfo>,
    /// The friend lists' latest sequence.
    pub current_sequence: u64,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
