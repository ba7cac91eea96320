//! `follow_get`: `POST /v4/follow/follow_get`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/70347>.
//! Note: the page's request example ends `"WantNum":100,}` (a trailing comma, not JSON); the
//! golden data records it without the comma.
//! Unverified: the stored page is cut inside the response example, after `profile_sequence`;
//! `NextCursor` comes from the request table ("the NextCursor field returned in the previous
//! page's response") and `ErrorDisplay` from the family's other responses. The error table was
//! cut too; the family's shared rows are used.

use serde::{Deserialize, Serialize};

use super::FollowError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

crate::wire_enum! {
    /// Which list `follow_get` reads.
    pub enum FollowListType: code {
        /// 1: the user's fans (followers).
        Fans = 1,
        /// 2: the users the user follows.
        Follows = 2,
        /// 3: mutual follows.
        Mutual = 3,
    }
}

/// Reads a page of a user's fans, follows or mutual follows.
#[wx_endpoint(
    name = "follow_get",
    family = im,
    path = "/v4/follow/follow_get",
    response = FollowPage,
    idempotent,
    errors(use ImCommonError, use FollowError),
)]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct FollowGet {
    /// The user whose list to read.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// Which list to read.
    pub follow_type: FollowListType,
    /// `""` for the first page, then the previous page's `NextCursor`.
    pub start_cursor: String,
    /// How many entries per page (100 by default, at most 1000).
    #[wx(range = 1..=1000)]
    pub want_num: u32,
}

/// A profile field of a listed user, as the profile commands shape it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct FollowProfileItem {
    /// The profile field's tag, e.g. `Tag_Profile_IM_Nick`.
    #[serde(rename = "Tag")]
    pub tag: String,
    /// The field's value: text, or a number for numeric profile fields.
    #[serde(rename = "Value")]
    pub value: FollowProfileValue,
}

/// A profile value: text (`Tag_Profile_IM_Nick`) or integer (numeric and custom integer tags).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FollowProfileValue {
    /// A text value.
    Text(String),
    /// An integer value.
    Integer(i64),
}

/// One listed user.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FollowedUser {
    /// The listed user.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// When the follow happened (Unix seconds).
    pub follow_time: i64,
    /// The listed user's profile fields.
    pub profile_item: Vec<FollowProfileItem>,
    /// The listed user's profile version, when returned.
    #[serde(rename = "profile_sequence")]
    pub profile_sequence: Option<u64>,
}

/// A page of `follow_get`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct FollowPage {
    /// The users on this page.
    pub follow_item: Vec<FollowedUser>,
    /// The cursor for the next page: pass it as `start_cursor`; empty after the last page.
    pub next_cursor: String,
    /// Error detail for display; empty on success.
    pub error_display: String,
}
