//! `friend_update`: `POST /v4/sns/friend_update`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34904>.
//! Note: only remarks (`Tag_SNS_IM_Remark`), lists (`Tag_SNS_IM_Group`) and custom fields may be updated.
//! Unverified: the error table (beyond the 30011 and 30002 results in the page's batch example) was
//! not reachable in the stored page; the shared `RelationError` rows are assumed.

use serde::{Deserialize, Serialize};

use super::types::{AccountResults, SnsItem};
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Updates the relationship-chain fields of several of a user's friends at once.
#[wx_endpoint(
    name = "friend_update",
    family = im,
    path = "/v4/sns/friend_update",
    response = AccountResults,
    errors(use ImCommonError, use RelationError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendUpdate {
    /// The user whose friends are updated.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The friends to update (at most 1000).
    #[wx(non_empty, max_items = 1000)]
    pub update_item: Vec<FriendUpdateItem>,
}

/// One friend's fields to update.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendUpdateItem {
    /// The friend's user ID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The fields to set: remark, friend lists or custom fields.
    pub sns_item: Vec<SnsItem>,
}
