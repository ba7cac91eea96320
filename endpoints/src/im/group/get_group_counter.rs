//! `get_group_counter`: `POST /v4/group_open_http_svc/get_group_counter`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/53427>.
//! Note: needs the Premium (Pro) edition; not for Community groups.
//! Unverified: the page's error table was not readable; the shared group codes are assumed.

use serde::Deserialize;

use super::types::GroupCounter;
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads some or all of a group's counters.
#[wx_endpoint(
    name = "get_group_counter",
    family = im,
    path = "/v4/group_open_http_svc/get_group_counter",
    response = GroupCounters,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetGroupCounter {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The counter keys to read; all counters when unset.
    pub group_counter_keys: Option<Vec<String>>,
}

/// A group's counters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupCounters {
    /// The counters' latest values.
    pub group_counter: Vec<GroupCounter>,
}
