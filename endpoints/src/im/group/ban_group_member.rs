//! `ban_group_member`: `POST /v4/group_open_http_svc/ban_group_member`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/50296>.
//! Note: AVChatRoom groups only; needs the Premium (Pro) edition and "Audio-video group member
//! banning" enabled in the console. Unban with `unban_group_member`.
//! Note: the page's request example is not valid JSON (`[brennanli3", "brennanli12]`); the golden
//! data quotes the two IDs.
//! Unverified: the page's error table was not readable past the response fields; the shared group
//! codes are assumed.

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Bans up to 20 members of an audio-video group: during the ban they receive no messages and
/// cannot rejoin.
#[wx_endpoint(
    name = "ban_group_member",
    family = im,
    path = "/v4/group_open_http_svc/ban_group_member",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BanGroupMember {
    /// The audio-video group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The members to ban (at most 20).
    #[serde(rename = "Members_Account")]
    #[wx(non_empty, max_items = 20)]
    pub members_account: Vec<String>,
    /// How long the ban lasts, in seconds (32-bit unsigned).
    pub duration: u32,
    /// Ban information shown to the members (at most 1,000 bytes).
    #[wx(max_bytes = 1000)]
    pub description: Option<String>,
}
