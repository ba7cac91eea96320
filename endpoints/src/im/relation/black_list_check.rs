//! `black_list_check`: `POST /v4/sns/black_list_check`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34913>.
//! Unverified: the error table was not reachable in the stored page; the shared `RelationError`
//! rows are assumed (the page's example reports 30007 for one account).

use serde::Deserialize;

use super::types::{BlackCheckType, BlackRelation};
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Checks in bulk whether users are on a user's blocklist, one-way or both ways.
#[wx_endpoint(
    name = "black_list_check",
    family = im,
    path = "/v4/sns/black_list_check",
    response = BlackListCheckResults,
    idempotent,
    errors(use ImCommonError, use RelationError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BlackListCheck {
    /// The user whose blocklist is checked.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The users to check (at most 1000).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 1000)]
    pub to_account: Vec<String>,
    /// One-way or both ways.
    pub check_type: BlackCheckType,
}

/// One checked user's blocklist relation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct BlackListCheckItem {
    /// The checked user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// The blocklist relation between `To_Account` and `From_Account`, when the check succeeded.
    pub relation: Option<BlackRelation>,
    /// This user's result code (0 = checked), when present.
    pub result_code: Option<i64>,
    /// This user's error description (empty on success), when present.
    pub result_info: Option<String>,
}

impl BlackListCheckItem {
    /// This user's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The results of `black_list_check`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct BlackListCheckResults {
    /// One result per checked user.
    pub black_list_check_item: Vec<BlackListCheckItem>,
    /// The users whose check failed; only present when at least one failed.
    #[serde(rename = "Fail_Account")]
    pub fail_account: Vec<String>,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
