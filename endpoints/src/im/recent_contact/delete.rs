//! `delete`: `POST /v4/recentcontact/delete`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/43088>.
//! Note: the group ID field is spelled `ToGroupid` on this page (the conversation-group commands
//! spell it `ToGroupId`).

use serde::Deserialize;

use super::types::{Acknowledged, ConversationType};
use super::RecentContactError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes one conversation of a user, optionally clearing its roaming messages.
#[wx_endpoint(
    name = "delete",
    family = im,
    path = "/v4/recentcontact/delete",
    response = Acknowledged,
    errors(use ImCommonError, use RecentContactError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Delete {
    /// The user whose conversation is deleted.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// One-to-one or group.
    #[serde(rename = "Type")]
    pub conversation_type: ConversationType,
    /// The peer's user ID (one-to-one conversations only).
    #[serde(rename = "To_Account")]
    pub to_account: Option<String>,
    /// The group's ID (group conversations only).
    #[serde(rename = "ToGroupid")]
    pub to_group_id: Option<String>,
    /// 1: also clear the conversation's roaming messages; 0: keep them.
    #[wx(one_of = [0, 1])]
    pub clear_ramble: Option<u8>,
}
