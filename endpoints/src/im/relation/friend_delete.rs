//! `friend_delete`: `POST /v4/sns/friend_delete`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34905>.

use serde::Deserialize;

use super::types::{AccountResults, DeleteType};
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes friends of a user, one-way or two-way.
#[wx_endpoint(
    name = "friend_delete",
    family = im,
    path = "/v4/sns/friend_delete",
    response = AccountResults,
    errors(
        use ImCommonError,
        use RelationError,
        31704 => NotFriend: "the account to delete is not a friend",
        31707 => DeleteThrottled: "the deletion was filtered by the security policy; do not delete friends too often",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendDelete {
    /// The user whose friends are deleted.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The friends to delete (at most 1000).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 1000)]
    pub to_account: Vec<String>,
    /// One-way or two-way; one-way when unset.
    pub delete_type: Option<DeleteType>,
}
