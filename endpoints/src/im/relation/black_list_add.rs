//! `black_list_add`: `POST /v4/sns/black_list_add`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34911>.
//! Note: blocking ends an existing friendship both ways; a user can block at most 1000 accounts.

use serde::Deserialize;

use super::types::AccountResults;
use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Adds users to a user's blocklist.
#[wx_endpoint(
    name = "black_list_add",
    family = im,
    path = "/v4/sns/black_list_add",
    response = AccountResults,
    errors(
        use ImCommonError,
        use RelationError,
        30013 => BlocklistFull: "the user's blocklist is full (1000 accounts)",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BlackListAdd {
    /// The user whose blocklist grows.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The users to block (at most 1000).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 1000)]
    pub to_account: Vec<String>,
}
