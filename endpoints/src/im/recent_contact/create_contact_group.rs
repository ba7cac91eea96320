//! `create_contact_group`: `POST /v4/recentcontact/create_contact_group`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/53437>.
//! Note: needs the Pro, Pro Plus or Enterprise edition; at most 20 conversation groups per user and
//! 1000 grouped or marked conversations (51008 beyond).
//! Unverified: the stored page is cut before its response example and error table; the response
//! shape (`GroupResultItem`) is as transcribed elsewhere from the page, and only the rows shared by
//! the conversation commands are declared.

use serde::{Deserialize, Serialize};

use super::types::{ContactGroup, ContactItem};
use super::RecentContactError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Creates a conversation group for a user and puts conversations in it.
#[wx_endpoint(
    name = "create_contact_group",
    family = im,
    path = "/v4/recentcontact/create_contact_group",
    response = CreatedContactGroups,
    errors(use ImCommonError, use RecentContactError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateContactGroup {
    /// The user who gets the conversation group.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The conversation group to create (one per request).
    #[wx(non_empty, max_items = 1)]
    pub group_contact_item: Vec<GroupContactItem>,
}

/// A conversation group to create.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GroupContactItem {
    /// The group's name (at most 32 bytes).
    pub group_name: String,
    /// The conversations to put in the group.
    pub contact_item: Vec<ContactItem>,
}

/// One conversation's result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ContactResult {
    /// The conversation.
    pub contact_item: Option<ContactItem>,
    /// This conversation's result code (0 = done), when present.
    pub result_code: Option<i64>,
    /// This conversation's error description (empty on success), when present.
    pub result_info: Option<String>,
}

impl ContactResult {
    /// This conversation's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// One created conversation group and its conversations' results.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct CreatedContactGroup {
    /// The created group's name and ID.
    pub group_item: ContactGroup,
    /// One result per conversation put in the group.
    pub result_item: Vec<ContactResult>,
}

/// The reply of `create_contact_group`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct CreatedContactGroups {
    /// The created groups.
    pub group_result_item: Vec<CreatedContactGroup>,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
