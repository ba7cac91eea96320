//! `modify_user_info`: `POST /v4/group_open_avchatroom_http_svc/modify_user_info`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/50294>.
//! Note: AVChatRoom groups only; needs the Premium (Pro) edition with the audio-video group online
//! member list enabled in the console. At most 10 different marks per group and 1,000 members per
//! mark; marks (numbers from 1,000, plus the special mark 500) apply to online members and are
//! cleared when they leave or go offline.
//! Note: the page's examples end `MemberList` with a trailing comma; the golden example drops it.
//! The stored page names `v4/group_open_http_svc/modify_group_member_info` in its parameter table,
//! a copy slip: its request URL is this command's.
//! Unverified: the stored page breaks off inside the response table; the error rows
//! (`AvChatRoomError`) are assumed.

use super::AvChatRoomError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Sets or deletes marks on up to 500 online members of an audio-video group.
#[wx_endpoint(
    name = "modify_user_info",
    family = im,
    path = "/v4/group_open_avchatroom_http_svc/modify_user_info",
    response = MemberMarksResult,
    errors(use ImCommonError, use AvChatRoomError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyUserInfo {
    /// The audio-video group.
    #[wx(non_empty)]
    pub group_id: String,
    /// 1: set the marks; 2: delete them.
    #[wx(one_of = [1, 2])]
    pub command_type: u8,
    /// The members and their marks (at most 500).
    #[wx(non_empty, max_items = 500)]
    pub member_list: Vec<MemberMarks>,
}

/// One member's marks: `{"Member_Account": "...", "Marks": [1000]}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberMarks {
    /// The member's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// The marks (1,000 and up, or the special 500).
    #[serde(rename = "Marks", default)]
    pub marks: Vec<u32>,
}

/// The marks as applied.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct MemberMarksResult {
    /// The command that was applied (1 set, 2 delete).
    pub command_type: u8,
    /// The members and their marks.
    pub member_list: Vec<MemberMarks>,
}
