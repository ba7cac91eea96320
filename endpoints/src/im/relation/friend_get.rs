//! `friend_get`: `POST /v4/sns/friend_get`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34908>.
//! Unverified: the error table was not reachable in the stored page; the shared `RelationError`
//! rows (30001/30003/30004/30006/30007 on the sibling pages) are assumed.

use serde::Deserialize;

use super::types::SnsItem;
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads a page of a user's friends with all standard and custom friend fields (no profile data).
#[wx_endpoint(
    name = "friend_get",
    family = im,
    path = "/v4/sns/friend_get",
    response = FriendPage,
    idempotent,
    errors(use ImCommonError, use RelationError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendGet {
    /// The user whose friends are read.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// Where the page starts: 0 first, then the previous page's `NextStartIndex`.
    pub start_index: u64,
    /// The previous pull's `StandardSequence`; standard fields are left out when unchanged.
    pub standard_sequence: Option<u64>,
    /// The previous pull's `CustomSequence`; custom fields are left out when unchanged.
    pub custom_sequence: Option<u64>,
}

/// One friend and its relationship-chain fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FriendData {
    /// The friend's user ID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The friend's standard and custom friend fields.
    pub value_item: Vec<SnsItem>,
}

/// A page of `friend_get`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FriendPage {
    /// The friends on this page.
    pub user_data_item: Vec<FriendData>,
    /// The current sequence of the standard friend fields; pass it back to skip unchanged data.
    pub standard_sequence: u64,
    /// The current sequence of the custom friend fields; pass it back to skip unchanged data.
    pub custom_sequence: u64,
    /// The user's total number of friends.
    pub friend_num: u64,
    /// 1 when every friend has been returned; 0 when more pages follow.
    pub complete_flag: i64,
    /// Where the next page starts; pass it as `StartIndex`.
    pub next_start_index: u64,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
