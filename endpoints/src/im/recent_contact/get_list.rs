//! `get_list`: `POST /v4/recentcontact/get_list`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/43087>.
//! Note: a newer revision of the page (www-sg.tencentcloud.com/jp/document/product/1047/43087)
//! recommends `AssistFlags` 63 and adds `StandardMark`, `CustomMark` and `ContactGroupId` to the
//! items; they are read when present.

use serde::Deserialize;

use super::types::ConversationType;
use super::RecentContactError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads a page of a user's conversation list (ordinary and pinned conversations).
#[wx_endpoint(
    name = "get_list",
    family = im,
    path = "/v4/recentcontact/get_list",
    response = SessionPage,
    idempotent,
    errors(use ImCommonError, use RecentContactError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetList {
    /// The user whose conversations are read.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// Ordinary conversations' paging time: 0 first, then the previous page's `TimeStamp`.
    pub time_stamp: u64,
    /// Ordinary conversations' paging index: 0 first, then the previous page's `StartIndex`.
    pub start_index: u64,
    /// Pinned conversations' paging time: 0 first, then the previous page's `TopTimeStamp`.
    pub top_time_stamp: u64,
    /// Pinned conversations' paging index: 0 first, then the previous page's `TopStartIndex`.
    pub top_start_index: u64,
    /// Flag bits: bit 0 pinned conversations, bit 1 empty conversations, bit 2 paged pinned
    /// conversations (the newest page recommends 63 for complete data).
    pub assist_flags: u32,
}

/// One conversation of the list.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct Session {
    /// One-to-one or group.
    #[serde(rename = "Type")]
    pub conversation_type: Option<ConversationType>,
    /// The peer's user ID (one-to-one conversations only).
    #[serde(rename = "To_Account")]
    pub to_account: Option<String>,
    /// The group's ID (group conversations only).
    pub group_id: Option<String>,
    /// The conversation's time (Unix seconds).
    pub msg_time: i64,
    /// 1: pinned; 0: ordinary.
    pub top_flag: i64,
    /// The standard mark bits, as a string of `0`/`1` digits (newer page revision).
    pub standard_mark: Option<String>,
    /// The custom mark (newer page revision).
    pub custom_mark: Option<String>,
    /// The conversation groups the conversation belongs to (newer page revision).
    pub contact_group_id: Option<Vec<u32>>,
}

/// A page of `get_list`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct SessionPage {
    /// The conversations on this page.
    pub session_item: Vec<Session>,
    /// 1 when every conversation has been returned; 0 when more pages follow.
    pub complete_flag: i64,
    /// Pass as `TimeStamp` for the next page.
    pub time_stamp: u64,
    /// Pass as `StartIndex` for the next page.
    pub start_index: u64,
    /// Pass as `TopTimeStamp` for the next page.
    pub top_time_stamp: u64,
    /// Pass as `TopStartIndex` for the next page.
    pub top_start_index: u64,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
