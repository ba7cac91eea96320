//! Rows of the interface analysis calls (`getinterfacesummary`, `getinterfacesummaryhour`): the
//! account server's passive replies to user messages.

use serde::Deserialize;

/// The server's passive replies over one day or hour (`list` of `getinterfacesummary`, `getinterfacesummaryhour`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct InterfaceStat {
    /// The day, `yyyy-MM-dd`.
    pub ref_date: String,
    /// The hour (`getinterfacesummaryhour` only).
    pub ref_hour: Option<u32>,
    /// User messages the configured server URL received and replied to passively.
    pub callback_count: u64,
    /// How many of those failed.
    pub fail_count: u64,
    /// Total time taken, in milliseconds (divide by `callback_count` for the average).
    pub total_time_cost: u64,
    /// The longest time taken, in milliseconds.
    pub max_time_cost: u64,
}

/// The rows `getinterfacesummary` and `getinterfacesummaryhour` answer.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct InterfaceStats {
    /// One row per day (or hour).
    pub list: Vec<InterfaceStat>,
}
