//! `get_joined_group_list`: `POST /v4/group_open_http_svc/get_joined_group_list`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34925>.
//! Note: unactivated Private (Work) groups and AVChatRoom groups are left out unless
//! `WithNoActiveGroups`/`WithHugeGroups` is 1; AVChatRoom data may be incomplete.
//! Unverified: `WithHugeGroups`, `WithNoActiveGroups` and `SupportTopic` are taken from the current
//! Chinese page's field list as other sources repeat it; the table read was older.

use serde::{Deserialize, Serialize};

use super::types::{GroupInfo, GroupType};
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Lists the groups a user has joined, a page at a time, optionally with base fields and the
/// user's own data in each group.
#[wx_endpoint(
    name = "get_joined_group_list",
    family = im,
    path = "/v4/group_open_http_svc/get_joined_group_list",
    response = JoinedGroups,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetJoinedGroupList {
    /// The user whose groups to list.
    #[serde(rename = "Member_Account")]
    #[wx(non_empty)]
    pub member_account: String,
    /// 1: include AVChatRoom groups; 0 (the default): leave them out.
    #[wx(one_of = [0, 1])]
    pub with_huge_groups: Option<u8>,
    /// 1: include Private (Work) groups not yet activated; 0 (the default): leave them out.
    #[wx(one_of = [0, 1])]
    pub with_no_active_groups: Option<u8>,
    /// How many groups to return; all when unset.
    pub limit: Option<u32>,
    /// Where to start (0 = the first group).
    pub offset: Option<u32>,
    /// Only groups of this type; all types when unset.
    pub group_type: Option<GroupType>,
    /// Which fields to return; only group IDs when unset.
    pub response_filter: Option<JoinedGroupFilter>,
    /// With `GroupType` `Community`: 1 lists communities that support topics, 0 the others.
    #[wx(one_of = [0, 1])]
    pub support_topic: Option<u8>,
}

/// Which fields `get_joined_group_list` returns.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinedGroupFilter {
    /// Base fields to return, by wire name (e.g. `Type`, `Name`, `MemberNum`).
    #[serde(rename = "GroupBaseInfoFilter", skip_serializing_if = "Option::is_none")]
    pub group_base_info_filter: Option<Vec<String>>,
    /// The user's own fields to return (`Role`, `JoinTime`, `MsgFlag`, `UnreadMsgNum`, ...).
    #[serde(rename = "SelfInfoFilter", skip_serializing_if = "Option::is_none")]
    pub self_info_filter: Option<Vec<String>>,
}

/// A page of the groups a user has joined.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct JoinedGroups {
    /// The number of matching groups, whatever the page.
    pub total_count: u64,
    /// The groups on this page, with the requested fields (`SelfInfo` holds the user's own data).
    pub group_id_list: Vec<GroupInfo>,
}
