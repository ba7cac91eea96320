//! `forbid_send_msg`: `POST /v4/group_open_http_svc/forbid_send_msg`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34951>.
//! Note: not for Private (Work) groups. Muted members stay muted when they leave and rejoin.
//! Note: older versions of the page name the duration `ShutUpTime`; the current page names it
//! `MuteTime`.
//! Unverified: `TopicId` is taken from the current Chinese page's field list as other sources
//! repeat it.

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Mutes up to 500 members for a while, or unmutes them (`mute_time` 0).
#[wx_endpoint(
    name = "forbid_send_msg",
    family = im,
    path = "/v4/group_open_http_svc/forbid_send_msg",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ForbidSendMsg {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The members to mute or unmute (at most 500).
    #[serde(rename = "Members_Account")]
    #[wx(non_empty, max_items = 500)]
    pub members_account: Vec<String>,
    /// How long to mute, in seconds: 0 unmutes, 4294967295 mutes for good.
    pub mute_time: u32,
    /// Communities with topics: mute in this topic only.
    pub topic_id: Option<String>,
}
