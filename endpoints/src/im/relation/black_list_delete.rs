//! `black_list_delete`: `POST /v4/sns/black_list_delete`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34912>.
//! Unverified: the error table was not reachable in the stored page; the shared `RelationError` rows
//! are assumed (the page's example reports 30006 for one account).

use serde::Deserialize;

use super::types::AccountResults;
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Removes users from a user's blocklist.
#[wx_endpoint(
    name = "black_list_delete",
    family = im,
    path = "/v4/sns/black_list_delete",
    response = AccountResults,
    errors(use ImCommonError, use RelationError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BlackListDelete {
    /// The user whose blocklist shrinks.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The users to unblock (at most 1000).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 1000)]
    pub to_account: Vec<String>,
}
