//! `friend_import`: `POST /v4/sns/friend_import`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34903>.
//! Note: imports one-way friendships; import a user's friends in one batch to avoid write
//! conflicts (30008).

use serde::{Deserialize, Serialize};

use super::types::{AccountResults, SnsItem};
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Imports one-way friends, with their remarks, lists, sources, times and custom fields, in bulk.
#[wx_endpoint(
    name = "friend_import",
    family = im,
    path = "/v4/sns/friend_import",
    response = AccountResults,
    errors(use ImCommonError, use RelationError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FriendImport {
    /// The user whose friends are imported.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The friends to import (at most 1000).
    #[wx(non_empty, max_items = 1000)]
    pub add_friend_item: Vec<ImportFriendItem>,
}

/// One friend to import.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportFriendItem {
    /// The friend's user ID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The remark `From_Account` gives the friend (at most 96 bytes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// When the remark was set (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remark_time: Option<i64>,
    /// The friend lists the friend belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_name: Option<Vec<String>>,
    /// Where the friend was added from: `AddSource_Type_` plus a keyword of at most 8 letters.
    pub add_source: String,
    /// The friend request's wording (at most 256 bytes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_wording: Option<String>,
    /// When the friendship was established (Unix seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_time: Option<i64>,
    /// Custom friend fields (`Tag_SNS_Custom_...`), text or integer values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_item: Option<Vec<SnsItem>>,
}
