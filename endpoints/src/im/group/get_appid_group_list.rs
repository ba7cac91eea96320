//! `get_appid_group_list`: `POST /v4/group_open_http_svc/get_appid_group_list`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34960>.
//! Note: at most 1 call per second. `Next` is a 64-bit unsigned number: it overflows 32 bits.

use serde::Deserialize;

use super::types::GroupType;
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Lists the IDs of the app's groups, up to 10,000 a page; pass the returned `Next` to continue
/// until it is 0.
#[wx_endpoint(
    name = "get_appid_group_list",
    family = im,
    path = "/v4/group_open_http_svc/get_appid_group_list",
    response = AppGroupList,
    calls_per_second = 1,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetAppidGroupList {
    /// How many group IDs to return (at most 10,000, the default).
    #[wx(range = 1..=10000)]
    pub limit: Option<u32>,
    /// 0 for the first page, then the previous page's `Next`.
    pub next: Option<u64>,
    /// Only groups of this type (`TotalCount` then counts only them); all types when unset.
    pub group_type: Option<GroupType>,
}

/// One group ID: `{"GroupId": "..."}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GroupIdItem {
    /// The group's ID.
    #[serde(rename = "GroupId")]
    pub group_id: String,
}

/// A page of the app's group IDs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AppGroupList {
    /// The number of groups in the app (of `GroupType`, when given), whatever the page.
    pub total_count: u64,
    /// The group IDs on this page.
    pub group_id_list: Vec<GroupIdItem>,
    /// The marker for the next page; 0 after the last page.
    pub next: u64,
}
