//! `get_specified_group_member_info`: `POST /v4/group_open_http_svc/get_specified_group_member_info`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/64897>.
//! Note: not for AVChatRoom groups. `OnlineStatus` needs the Pro, Pro Plus or Enterprise edition
//! with "Group Member Online Status" enabled in the console.
//! Note: the page's 10005 (more than 50 members requested) is `GroupError::TooManyMembers`.
//! Note: fields and error table read from a translated copy of <https://trtc.io/document/64897>.

use super::types::{MemberInfo, MemberRole};
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the profiles of up to 50 named members of a group, optionally filtered by field and role.
#[wx_endpoint(
    name = "get_specified_group_member_info",
    family = im,
    path = "/v4/group_open_http_svc/get_specified_group_member_info",
    response = SpecifiedMembers,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetSpecifiedGroupMemberInfo {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The members to read (at most 50).
    #[serde(rename = "Member_List_Account")]
    #[wx(non_empty, max_items = 50)]
    pub member_list_account: Vec<String>,
    /// The profile fields to return by wire name (e.g. `Role`, `JoinTime`, `MuteUntil`,
    /// `OnlineStatus`); all when unset. `Member_Account` is always returned.
    pub member_info_filter: Option<Vec<String>>,
    /// Only members with these roles; every role when unset.
    pub member_role_filter: Option<Vec<MemberRole>>,
    /// The member custom fields to return, by key; none when unset.
    #[serde(rename = "AppDefinedDataFilter_GroupMember")]
    pub app_defined_data_filter_group_member: Option<Vec<String>>,
}

/// The members read by `get_specified_group_member_info`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct SpecifiedMembers {
    /// The group.
    pub group_id: String,
    /// The members' profiles, with all or the filtered fields.
    pub member_list: Vec<MemberInfo>,
}
