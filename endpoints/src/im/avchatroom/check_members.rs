//! `check_members`: `POST /v4/group_open_avchatroom_http_svc/check_members`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/60523>.
//! Note: AVChatRoom groups only. Fields and examples read from the page's Chinese version.

use super::AvChatRoomError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Checks which of the given users are in an audio-video group.
#[wx_endpoint(
    name = "check_members",
    family = im,
    path = "/v4/group_open_avchatroom_http_svc/check_members",
    response = MembersInGroup,
    idempotent,
    errors(use ImCommonError, use AvChatRoomError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckMembers {
    /// The audio-video group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The users to check.
    #[serde(rename = "Member_Account")]
    #[wx(non_empty)]
    pub member_account: Vec<String>,
}

/// The checked users who are in the group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct MembersInGroup {
    /// The UserIDs, among those checked, that are in the group.
    #[serde(rename = "Member_Account")]
    pub member_account: Vec<String>,
}
