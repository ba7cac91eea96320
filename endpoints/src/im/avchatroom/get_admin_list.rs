//! `get_admin_list`: `POST /v4/group_open_avchatroom_http_svc/get_admin_list`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/60524>.
//! Note: AVChatRoom groups only; needs the Premium (Pro) edition with the audio-video group online
//! member list enabled in the console.
//! Note: the page types `Admin_List` as Object; its example (an array of objects) is followed.

use super::AvChatRoomError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the administrators of an audio-video group.
#[wx_endpoint(
    name = "get_admin_list",
    family = im,
    path = "/v4/group_open_avchatroom_http_svc/get_admin_list",
    response = AdminList,
    idempotent,
    errors(use ImCommonError, use AvChatRoomError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetAdminList {
    /// The audio-video group.
    #[wx(non_empty)]
    pub group_id: String,
}

/// One administrator.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct Admin {
    /// The administrator's UserID.
    #[serde(rename = "Admin_Account")]
    pub admin_account: String,
    /// The administrator's avatar URL.
    pub avatar: String,
    /// The administrator's nickname.
    pub nick_name: String,
}

/// The group's administrators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct AdminList {
    /// The administrators.
    #[serde(rename = "Admin_List")]
    pub admin_list: Vec<Admin>,
}
