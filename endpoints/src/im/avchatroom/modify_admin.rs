//! `modify_admin`: `POST /v4/group_open_avchatroom_http_svc/modify_admin`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/60525>.
//! Note: AVChatRoom groups only; needs the Premium (Pro) edition with the audio-video group online
//! member list enabled in the console. An administrator need not be in the group and stays one
//! after leaving and rejoining, until removed here; at most 5 per group.

use super::AvChatRoomError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Makes users administrators of an audio-video group, or removes them (at most 5 per group).
#[wx_endpoint(
    name = "modify_admin",
    family = im,
    path = "/v4/group_open_avchatroom_http_svc/modify_admin",
    errors(use ImCommonError, use AvChatRoomError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyAdmin {
    /// The audio-video group.
    #[wx(non_empty)]
    pub group_id: String,
    /// 1: make administrators; 2: remove them.
    #[wx(one_of = [1, 2])]
    pub command_type: u8,
    /// The users concerned (a group has at most 5 administrators).
    #[serde(rename = "Admin_Account")]
    #[wx(non_empty, max_items = 5)]
    pub admin_account: Vec<String>,
}
