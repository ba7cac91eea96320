//! `import_group_member`: `POST /v4/group_open_http_svc/import_group_member`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34969>.
//! Note: for apps migrating to IM; no callbacks or notifications. Not for AVChatRoom groups
//! (10007). An `UnreadMsgNum` above the group's message count is lowered to it.
//! Unverified: the stored page stops before the request example (it states the 300-member limit);
//! the example, the fields, the response (`MemberList` of `Member_Account` and `Result`: 0 failed,
//! 1 imported, 2 already a member) and the own error rows (10014, 10019, as `add_group_member`
//! lists them) follow the page's Chinese twin as remembered, not as read.

use super::types::MemberRole;
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Imports up to 300 members into a group, with their roles, join times and unread counts.
#[wx_endpoint(
    name = "import_group_member",
    family = im,
    path = "/v4/group_open_http_svc/import_group_member",
    response = ImportedMembers,
    errors(
        use ImCommonError,
        use GroupError,
        10014 => GroupFull: "the group is full; import fewer members or raise the group's member limit",
        10019 => UserNotFound: "a Member_Account does not exist; import the accounts first",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportGroupMember {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The members to import (at most 300).
    #[wx(non_empty, max_items = 300)]
    pub member_list: Vec<ImportedMember>,
}

/// One member to import.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportedMember {
    /// The member's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// The member's role; only `Admin` may be set (ordinary member when unset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<MemberRole>,
    /// When the member joined (Unix seconds); the time of the call when unset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub join_time: Option<i64>,
    /// The member's unread message count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unread_msg_num: Option<u32>,
}

crate::wire_enum! {
    /// One member's import result (`Result`).
    pub enum ImportMemberResult: code {
        /// 0: failed.
        Failed = 0,
        /// 1: imported.
        Imported = 1,
        /// 2: already a member.
        AlreadyMember = 2,
    }
}

/// One member's import outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ImportedMemberOutcome {
    /// The member's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// The outcome for this member.
    pub result: Option<ImportMemberResult>,
}

/// The outcomes of `import_group_member`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ImportedMembers {
    /// One outcome per member in the request.
    pub member_list: Vec<ImportedMemberOutcome>,
}
