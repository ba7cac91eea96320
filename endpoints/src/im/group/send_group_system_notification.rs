//! `send_group_system_notification`: `POST /v4/group_open_http_svc/send_group_system_notification`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34958>.
//! Note: AVChatRoom groups only take notifications to all members (no `ToMembers_Account`).
//! Note: the page marks `ToMembers_Account` as required but says an empty or missing list means
//! every member, so it is optional here.

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Pushes a system notification to a group's members, or to the listed ones (at most 500).
#[wx_endpoint(
    name = "send_group_system_notification",
    family = im,
    path = "/v4/group_open_http_svc/send_group_system_notification",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SendGroupSystemNotification {
    /// The group to notify.
    #[wx(non_empty)]
    pub group_id: String,
    /// The members to notify (at most 500); every member when unset or empty.
    #[serde(rename = "ToMembers_Account")]
    #[wx(max_items = 500)]
    pub to_members_account: Option<Vec<String>>,
    /// The notification's content.
    #[wx(non_empty)]
    pub content: String,
    /// The topic to notify in (Communities with topics only).
    pub topic_id: Option<String>,
}
