//! `get_members`: `POST /v4/group_open_avchatroom_http_svc/get_members`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/50293>.
//! Note: AVChatRoom and Community groups. The full list needs the Premium (Pro) edition with the
//! audio-video group online member list enabled in the console; other editions get the 30 latest
//! members. The list is refreshed every 10 s (40 s on newer pages) and holds at most the 1,000
//! latest online members, 500 per page.
//! Unverified: the stored page breaks off inside the response table; `Marks` on items (when
//! filtering by `Mark`) and the error rows (`AvChatRoomError`) are assumed.

use super::AvChatRoomError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a page of an audio-video group's online members, optionally only those with a mark.
#[wx_endpoint(
    name = "get_members",
    family = im,
    path = "/v4/group_open_avchatroom_http_svc/get_members",
    response = OnlineMemberPage,
    idempotent,
    errors(use ImCommonError, use AvChatRoomError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetMembers {
    /// The audio-video group.
    #[wx(non_empty)]
    pub group_id: String,
    /// 0 for the first page, then the previous page's `NextTimestamp`.
    pub timestamp: u64,
    /// Only members carrying this mark (see `modify_user_info`).
    pub mark: Option<u32>,
}

/// One online member.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct OnlineMember {
    /// The member's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// When the member joined (Unix seconds).
    pub join_time: i64,
    /// The member's nickname.
    pub nick_name: String,
    /// The member's avatar URL.
    pub avatar: String,
    /// The member's marks, where returned.
    pub marks: Option<Vec<u32>>,
}

/// A page of online members; `next_timestamp` is 0 after the last page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct OnlineMemberPage {
    /// The members on this page.
    pub member_list: Vec<OnlineMember>,
    /// Pass as `Timestamp` for the next page; 0 when there is none.
    pub next_timestamp: u64,
}
