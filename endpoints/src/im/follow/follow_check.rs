//! `follow_check`: `POST /v4/follow/follow_check`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/70349>.
//! Unverified: the stored page's `FollowType` list is cut after value 1; 2 and 3 are read by
//! symmetry (2: From follows To only, 3: mutual). The error table was cut too; the family's
//! shared rows are used.

use serde::Deserialize;

use super::FollowError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

crate::wire_enum! {
    /// The follow relationship between `From_Account` and one checked user.
    pub enum FollowRelation: code {
        /// 0: neither follows the other.
        NoRelation = 0,
        /// 1: the checked user follows `From_Account`, not the reverse.
        FollowedBy = 1,
        /// 2: `From_Account` follows the checked user, not the reverse.
        Following = 2,
        /// 3: they follow each other.
        Mutual = 3,
    }
}

/// Checks the follow relationship between `From_Account` and up to 100 users.
#[wx_endpoint(
    name = "follow_check",
    family = im,
    path = "/v4/follow/follow_check",
    response = FollowCheckResults,
    idempotent,
    errors(use ImCommonError, use FollowError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct FollowCheck {
    /// The user whose relationships to check.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The users to check against (at most 100).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 100)]
    pub to_account: Vec<String>,
}

/// One checked user's relationship.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FollowCheckResult {
    /// The checked user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// This user's result code (0 = checked).
    pub result_code: Option<i64>,
    /// This user's error message; empty on success.
    pub result_info: Option<String>,
    /// The relationship, when the check succeeded.
    pub follow_type: Option<FollowRelation>,
}

impl FollowCheckResult {
    /// This item's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The results of `follow_check`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FollowCheckResults {
    /// One result per checked user.
    pub result_item: Vec<FollowCheckResult>,
    /// Error detail for display; empty on success.
    pub error_display: String,
}
