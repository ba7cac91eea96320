//! Paging information of CloudBase database reads (`pager`).

use serde::Deserialize;

/// Paging information (`pager`), as `getDatabaseCollection` and `getDatabaseRecord` return it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DatabasePager {
    /// Offset of the first item returned.
    #[serde(rename = "Offset")]
    pub offset: u64,
    /// The single-read limit.
    #[serde(rename = "Limit")]
    pub limit: u64,
    /// Number of items matching the request.
    #[serde(rename = "Total")]
    pub total: u64,
}
