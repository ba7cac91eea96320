//! `get_group_ban_member`: `POST /v4/group_open_http_svc/get_group_ban_member`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/50295>.
//! Note: AVChatRoom groups only; needs the Premium (Pro) edition and "Audio-video group member
//! banning" enabled in the console.
//! Unverified: the page's error table was not readable; the shared group codes are assumed.

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads a page of an audio-video group's banned members (at most 100 a page).
#[wx_endpoint(
    name = "get_group_ban_member",
    family = im,
    path = "/v4/group_open_http_svc/get_group_ban_member",
    response = BannedMembers,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetGroupBanMember {
    /// The audio-video group.
    #[wx(non_empty)]
    pub group_id: String,
    /// How many banned members to return (at most 100).
    #[wx(range = 1..=100)]
    pub limit: Option<u32>,
    /// 0 for the first page, then the previous page's `NextOffset` (required by the page).
    pub offset: u32,
}

/// One banned member.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct BannedMember {
    /// The member's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// When the ban ends (Unix seconds).
    pub banned_until: i64,
}

/// A page of banned members.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct BannedMembers {
    /// The banned members on this page.
    pub banned_account_list: Vec<BannedMember>,
    /// The `Offset` of the next page; 0 when the list is complete.
    pub next_offset: u64,
}
