//! `friend_delete_all`: `POST /v4/sns/friend_delete_all`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34906>.

use serde::Deserialize;

use super::types::{Acknowledged, DeleteType};
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes all of a user's friends, with their standard and custom friend data.
#[wx_endpoint(
    name = "friend_delete_all",
    family = im,
    path = "/v4/sns/friend_delete_all",
    response = Acknowledged,
    errors(use ImCommonError, use RelationError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendDeleteAll {
    /// The user whose friends are all deleted.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// One-way or two-way; one-way when unset.
    pub delete_type: Option<DeleteType>,
}
