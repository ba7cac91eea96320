//! Types shared by the conversation commands.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// A conversation's type (`Type`).
    pub enum ConversationType: code {
        /// A one-to-one conversation (`To_Account` names the peer).
        C2c = 1,
        /// A group conversation (the group ID names it).
        Group = 2,
    }
}

/// A conversation: `{"Type": 1, "To_Account": "..."}` or `{"Type": 2, "ToGroupId": "..."}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactItem {
    /// One-to-one or group.
    #[serde(rename = "Type")]
    pub conversation_type: ConversationType,
    /// The peer's user ID (one-to-one conversations only).
    #[serde(rename = "To_Account", default, skip_serializing_if = "Option::is_none")]
    pub to_account: Option<String>,
    /// The group's ID (group conversations only).
    #[serde(rename = "ToGroupId", default, skip_serializing_if = "Option::is_none")]
    pub to_group_id: Option<String>,
}

impl ContactItem {
    /// A one-to-one conversation with `to_account`.
    pub fn c2c(to_account: impl Into<String>) -> Self {
        ContactItem {
            conversation_type: ConversationType::C2c,
            to_account: Some(to_account.into()),
            to_group_id: None,
        }
    }

    /// The conversation of group `group_id`.
    pub fn group(group_id: impl Into<String>) -> Self {
        ContactItem {
            conversation_type: ConversationType::Group,
            to_account: None,
            to_group_id: Some(group_id.into()),
        }
    }
}

/// A conversation group: `{"GroupName": "...", "GroupId": 1}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ContactGroup {
    /// The conversation group's name.
    pub group_name: String,
    /// The conversation group's ID (referenced by `ContactGroupId`).
    pub group_id: u32,
}

/// A conversation's groups and marks, as `get_contact_group` and `search_contact_group` return it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ContactMarks {
    /// One-to-one or group.
    #[serde(rename = "Type")]
    pub conversation_type: Option<ConversationType>,
    /// The peer's user ID (one-to-one conversations only).
    #[serde(rename = "To_Account")]
    pub to_account: Option<String>,
    /// The group's ID (group conversations only).
    #[serde(rename = "ToGroupId")]
    pub to_group_id: Option<String>,
    /// The standard mark bits, as a string of `0`/`1` digits.
    pub standard_mark: Option<String>,
    /// The custom mark.
    pub custom_mark: Option<String>,
    /// The IDs of the conversation groups the conversation belongs to.
    pub contact_group_id: Vec<u32>,
    /// When the conversation's groups or marks last changed (Unix seconds).
    pub timestamp: i64,
}

/// The reply of a command that returns nothing besides the envelope.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct Acknowledged {
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
