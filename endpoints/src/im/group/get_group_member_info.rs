//! `get_group_member_info`: `POST /v4/group_open_http_svc/get_group_member_info`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34948>.
//! Note: not for AVChatRoom groups. Communities page with `Next` (first call `""`), the other
//! types with `Limit`/`Offset`.
//! Note: the request table allows `Limit` up to 6000 while its prose recommends at most 200 a page;
//! neither is enforced here. A response over 1 MB fails with 10018.
//! Note: older versions of the page print `ShutUpUntil`; the current name is `MuteUntil` (both are
//! read).
//! Unverified: `Next` (request and response) is taken from the current page's prose and the
//! current Chinese page's field list; the table read was older.

use serde::Deserialize;

use super::types::{MemberInfo, MemberRole};
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads a page of a group's member profiles, optionally filtered by field and role.
#[wx_endpoint(
    name = "get_group_member_info",
    family = im,
    path = "/v4/group_open_http_svc/get_group_member_info",
    response = GroupMemberPage,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetGroupMemberInfo {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// Member fields to return, by wire name (e.g. `Role`, `NameCard`); all when unset.
    pub member_info_filter: Option<Vec<String>>,
    /// Only members with these roles; all roles when unset.
    pub member_role_filter: Option<Vec<MemberRole>>,
    /// Member custom field keys to return.
    #[serde(rename = "AppDefinedDataFilter_GroupMember")]
    pub app_defined_data_filter_group_member: Option<Vec<String>>,
    /// How many members to return; all when unset.
    pub limit: Option<u32>,
    /// Where to start (0 = the first member); not for communities.
    pub offset: Option<u32>,
    /// Communities: `""` for the first page, then the previous page's `Next`.
    pub next: Option<String>,
}

/// A page of member profiles.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupMemberPage {
    /// The group's total number of members.
    pub member_num: u64,
    /// The members on this page, with the requested fields.
    pub member_list: Vec<MemberInfo>,
    /// Communities: the marker for the next page.
    pub next: Option<String>,
}
