//! `delete_group_counter`: `POST /v4/group_open_http_svc/delete_group_counter`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/53429>.
//! Note: needs the Premium (Pro) edition; not for Community groups.
//! Unverified: the page's error table was read only up to 10007; the shared group codes are
//! assumed.

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes some or all of a group's counters.
#[wx_endpoint(
    name = "delete_group_counter",
    family = im,
    path = "/v4/group_open_http_svc/delete_group_counter",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteGroupCounter {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The counter keys to delete; all counters when unset.
    pub group_counter_keys: Option<Vec<String>>,
}
