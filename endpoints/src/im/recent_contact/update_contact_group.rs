//! `update_contact_group`: `POST /v4/recentcontact/update_contact_group`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/53439>.
//! Note: needs the Pro, Pro Plus or Enterprise edition.
//! Unverified: the stored page was not reachable beyond its header; the field shapes, the value
//! meanings (`UpdateType` 1 = update by group; `UpdateGroupType` 1 = rename, 2 = add/remove
//! conversations; `ContactOptType` 1 = add, 2 = remove) and both examples are as transcribed
//! elsewhere from the page; only the rows shared by the conversation commands are declared.

use serde::{Deserialize, Serialize};

use super::types::ContactItem;
use super::RecentContactError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

crate::wire_enum! {
    /// What `update_contact_group` changes in the group (`UpdateGroupType`).
    pub enum UpdateGroupType: code {
        /// Rename the group (`OldGroupName` to `NewGroupName`).
        Rename = 1,
        /// Add conversations to or remove them from the group.
        Contacts = 2,
    }
}

crate::wire_enum! {
    /// Whether a conversation is added to or removed from the group (`ContactOptType`).
    pub enum ContactOptType: code {
        /// Add the conversation to the group.
        Add = 1,
        /// Remove the conversation from the group.
        Remove = 2,
    }
}

/// Renames a user's conversation group or adds and removes its conversations.
#[wx_endpoint(
    name = "update_contact_group",
    family = im,
    path = "/v4/recentcontact/update_contact_group",
    response = UpdatedContactGroup,
    errors(use ImCommonError, use RecentContactError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateContactGroup {
    /// The user whose conversation group is updated.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The update mode; 1 (update by group) is the documented value.
    pub update_type: u32,
    /// The group and the change.
    pub update_group: UpdateGroup,
}

/// The group to update and how.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateGroup {
    /// Rename, or add/remove conversations.
    pub update_group_type: UpdateGroupType,
    /// The group to update.
    pub old_group_name: String,
    /// The group's new name, when renaming (at most 32 bytes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_group_name: Option<String>,
    /// The conversations to add or remove, when changing conversations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_update_item: Option<Vec<ContactUpdateItem>>,
}

/// One conversation to add or remove.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ContactUpdateItem {
    /// Add or remove.
    pub contact_opt_type: ContactOptType,
    /// The conversation.
    pub contact_item: ContactItem,
}

/// One conversation's result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ContactUpdateResult {
    /// Add or remove.
    pub contact_opt_type: Option<ContactOptType>,
    /// The conversation.
    pub contact_item: Option<ContactItem>,
    /// This conversation's result code (0 = done), when present.
    pub result_code: Option<i64>,
    /// This conversation's error description (empty on success), when present.
    pub result_info: Option<String>,
}

impl ContactUpdateResult {
    /// This conversation's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The updated group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct UpdateGroupResult {
    /// Rename, or add/remove conversations.
    pub update_group_type: Option<UpdateGroupType>,
    /// The group's (new) name.
    pub group_name: String,
    /// The group's ID.
    pub group_id: u32,
    /// The group's previous name.
    pub old_group_name: Option<String>,
    /// One result per conversation added or removed.
    pub contact_result_item: Vec<ContactUpdateResult>,
}

/// The reply of `update_contact_group`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct UpdatedContactGroup {
    /// The update mode, as requested.
    pub update_type: u32,
    /// The updated group and the conversations' results.
    pub update_group_result: UpdateGroupResult,
}
