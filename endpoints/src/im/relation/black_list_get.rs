//! `black_list_get`: `POST /v4/sns/black_list_get`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34914>.
//! Note: the page's response table names the sequence `CurrentSequence`, its example prints
//! `CurruentSequence`; both spellings are read.

use serde::Deserialize;

use super::RelationError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads a page of a user's blocklist.
#[wx_endpoint(
    name = "black_list_get",
    family = im,
    path = "/v4/sns/black_list_get",
    response = BlackListPage,
    idempotent,
    errors(use ImCommonError, use RelationError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct BlackListGet {
    /// The user whose blocklist is read.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// Where the page starts: 0 first, then the previous page's `StartIndex`.
    pub start_index: u64,
    /// Blocked users per page (at most 1000).
    #[wx(range = 1..=1000)]
    pub max_limited: u32,
    /// The previous pull's sequence; 0 for a REST call.
    pub last_sequence: u64,
}

/// One blocked user.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct BlockedUser {
    /// The blocked user's ID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// When the user was blocked (Unix seconds).
    pub add_black_time_stamp: i64,
}

/// A page of `black_list_get`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct BlackListPage {
    /// The blocked users on this page.
    pub black_list_item: Vec<BlockedUser>,
    /// Where the next page starts; 0 when the whole blocklist has been read.
    pub start_index: u64,
    /// The blocklist's latest sequence.
    #[serde(alias = "CurruentSequence")]
    pub current_sequence: u64,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
