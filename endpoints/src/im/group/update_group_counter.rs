//! `update_group_counter`: `POST /v4/group_open_http_svc/update_group_counter`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/53428>.
//! Note: needs the Premium (Pro) edition; not for Community groups.
//! Unverified: the stored page stops inside the request table; the response (`GroupCounter` with
//! the counters' new values, as `get_group_counter` returns them) and the error rows (the shared
//! group codes) are assumed.

use super::types::GroupCounter;
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sets, increases or decreases up to 20 of a group's counters.
#[wx_endpoint(
    name = "update_group_counter",
    family = im,
    path = "/v4/group_open_http_svc/update_group_counter",
    response = UpdatedGroupCounters,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct UpdateGroupCounter {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The counters and the values to apply (at most 20 keys of at most 128 bytes).
    #[wx(non_empty, max_items = 20)]
    pub group_counter: Vec<GroupCounter>,
    /// How the values apply: `Set`, `Increase` or `Decrease`.
    pub mode: Option<CounterMode>,
}

crate::wire_enum! {
    /// How `update_group_counter` applies its values (`Mode`).
    pub enum CounterMode: text {
        /// Set the counters to the values.
        Set = "Set",
        /// Add the values to the counters.
        Increase = "Increase",
        /// Subtract the values from the counters.
        Decrease = "Decrease",
    }
}

/// The counters after the update.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct UpdatedGroupCounters {
    /// The updated counters' new values.
    pub group_counter: Vec<GroupCounter>,
}
