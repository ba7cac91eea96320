//! `group_add`: `POST /v4/sns/group_add` (friend lists, not chat groups).
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34950>.
//! Unverified: the error table was not reachable in the stored page; besides the shared
//! `RelationError` rows, 32216 is taken from the page's batch example.

use serde::Deserialize;

use super::types::AccountResult;
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Creates friend lists for a user, optionally putting friends into them.
#[wx_endpoint(
    name = "group_add",
    family = im,
    path = "/v4/sns/group_add",
    response = FriendGroupAdded,
    errors(
        use ImCommonError,
        use RelationError,
        32216 => NotFriend: "the account to put in the list is not a friend of the user",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendGroupAdd {
    /// The user who gets the new lists.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The names of the lists to create (at most 32; a user has at most 32 lists; names at most 30 bytes).
    #[wx(non_empty, max_items = 32)]
    pub group_name: Vec<String>,
    /// Friends to put into the new lists (at most 1000).
    #[serde(rename = "To_Account")]
    #[wx(max_items = 1000)]
    pub to_account: Option<Vec<String>>,
}

/// The reply of `group_add`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FriendGroupAdded {
    /// One result per friend put into the lists (only when `To_Account` was given).
    pub result_item: Vec<AccountResult>,
    /// The friends that could not be put into the lists; only present when one failed.
    #[serde(rename = "Fail_Account")]
    pub fail_account: Vec<String>,
    /// The friend lists' latest sequence.
    pub current_sequence: u64,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
