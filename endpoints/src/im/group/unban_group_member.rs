//! `unban_group_member`: `POST /v4/group_open_http_svc/unban_group_member`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/50297>.
//! Note: AVChatRoom groups only; needs the Premium (Pro) edition (member banning is configured in
//! the console's group feature configuration). SDK Enhanced 6.6+ and Web SDK 2.22.0+.
//! Note: the page's example misplaces quotes (`[brennanli3", "brennanli12]`); the golden example
//! quotes both IDs.
//! Unverified: the stored page stops inside the request example; the response (the envelope only)
//! and the error rows (the shared group codes) are assumed, as for `ban_group_member`.

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lifts the ban on up to 20 members of an audio-video group, who may then rejoin it.
#[wx_endpoint(
    name = "unban_group_member",
    family = im,
    path = "/v4/group_open_http_svc/unban_group_member",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UnbanGroupMember {
    /// The audio-video group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The members to unban (at most 20).
    #[serde(rename = "Members_Account")]
    #[wx(non_empty, max_items = 20)]
    pub members_account: Vec<String>,
}
