//! `get_group_muted_account`: `POST /v4/group_open_http_svc/get_group_muted_account`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34964>.
//! Note: this command was called `get_group_shutted_uin`, answering `ShuttedUinList` items with
//! `ShuttedUntil`; both spellings of the response are read.
//! Unverified: `TopicId` is taken from the current Chinese page's field list as other sources
//! repeat it; the response fields past the request example follow other sources.

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Lists a group's muted members and when each mute ends.
#[wx_endpoint(
    name = "get_group_muted_account",
    family = im,
    path = "/v4/group_open_http_svc/get_group_muted_account",
    response = MutedMembers,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetGroupMutedAccount {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// Communities with topics: the muted members of this topic.
    pub topic_id: Option<String>,
}

/// One muted member.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct MutedMember {
    /// The member's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// When the mute ends (Unix seconds, UTC).
    #[serde(rename = "MutedUntil", alias = "ShuttedUntil")]
    pub muted_until: i64,
}

/// A group's muted members.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct MutedMembers {
    /// The group, when returned.
    pub group_id: Option<String>,
    /// The muted members.
    #[serde(alias = "ShuttedUinList")]
    pub muted_account_list: Vec<MutedMember>,
}
