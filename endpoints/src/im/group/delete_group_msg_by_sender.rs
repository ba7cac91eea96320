//! `delete_group_msg_by_sender`: `POST /v4/group_open_http_svc/delete_group_msg_by_sender`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34970>.
//! Note: only the group's latest 1000 messages are searched. AVChatRoom groups store no history:
//! the call succeeds without effect.
//! Unverified: `TopicId` is taken from the current Chinese page's field list as other sources
//! repeat it.

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes the messages a user sent among a group's latest 1000 messages.
#[wx_endpoint(
    name = "delete_group_msg_by_sender",
    family = im,
    path = "/v4/group_open_http_svc/delete_group_msg_by_sender",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGroupMsgBySender {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The user whose messages to delete.
    #[serde(rename = "Sender_Account")]
    #[wx(non_empty)]
    pub sender_account: String,
    /// Communities with topics: the topic to delete from.
    pub topic_id: Option<String>,
}
