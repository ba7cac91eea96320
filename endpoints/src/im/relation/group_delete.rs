//! `group_delete`: `POST /v4/sns/group_delete` (friend lists, not chat groups).
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34926>.
//! Unverified: the request table's limit and the error table were not reachable in the stored page;
//! 32 lists per request (a user's maximum) and the shared `RelationError` rows are assumed.

use serde::Deserialize;

use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes friend lists of a user (the friends stay friends).
#[wx_endpoint(
    name = "group_delete",
    family = im,
    path = "/v4/sns/group_delete",
    response = FriendGroupDeleted,
    errors(use ImCommonError, use RelationError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendGroupDelete {
    /// The user whose lists are deleted.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The names of the lists to delete (at most 32).
    #[wx(non_empty, max_items = 32)]
    pub group_name: Vec<String>,
}

/// The reply of `group_delete`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FriendGroupDeleted {
    /// The friend lists' latest sequence.
    pub current_sequence: u64,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
