//! `get_group_info`: `POST /v4/group_open_http_svc/get_group_info`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34961>.
//! Note: the envelope's `ErrorCode` says little: each group carries its own result
//! ([`GroupInfo::failure`]). Without filters everything is returned: base fields, members and
//! custom fields.
//! Note: older versions of the page print `ShutUpUntil`/`ShutUpAllMember`; the current names are
//! `MuteUntil`/`MuteAllMember` (both are read).

use serde::{Deserialize, Serialize};

use super::types::GroupInfo;
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the profiles of up to 50 groups; each item carries its own result.
#[wx_endpoint(
    name = "get_group_info",
    family = im,
    path = "/v4/group_open_http_svc/get_group_info",
    response = GroupInfoList,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetGroupInfo {
    /// The groups to read (at most 50).
    #[wx(non_empty, max_items = 50)]
    pub group_id_list: Vec<String>,
    /// Which fields to return; everything when unset.
    pub response_filter: Option<GroupInfoFilter>,
}

/// Which fields `get_group_info` returns; a field left out of a set filter is not returned.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupInfoFilter {
    /// Base fields to return, by wire name (e.g. `Type`, `Name`, `MemberNum`).
    #[serde(rename = "GroupBaseInfoFilter", skip_serializing_if = "Option::is_none")]
    pub group_base_info_filter: Option<Vec<String>>,
    /// Member fields to return, by wire name (e.g. `Role`, `JoinTime`).
    #[serde(rename = "MemberInfoFilter", skip_serializing_if = "Option::is_none")]
    pub member_info_filter: Option<Vec<String>>,
    /// Group custom field keys to return.
    #[serde(rename = "AppDefinedDataFilter_Group", skip_serializing_if = "Option::is_none")]
    pub app_defined_data_filter_group: Option<Vec<String>>,
    /// Member custom field keys to return.
    #[serde(rename = "AppDefinedDataFilter_GroupMember", skip_serializing_if = "Option::is_none")]
    pub app_defined_data_filter_group_member: Option<Vec<String>>,
}

/// The profiles read by `get_group_info`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupInfoList {
    /// One profile per requested group, each with its own result.
    pub group_info: Vec<GroupInfo>,
}
