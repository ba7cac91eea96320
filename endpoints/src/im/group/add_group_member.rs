//! `add_group_member`: `POST /v4/group_open_http_svc/add_group_member`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34921>.
//! Note: not for AVChatRoom groups (10007): users join those only by applying. Community groups
//! are supported.
//! Note: the request table marks `Silence` required but also says it defaults to 0; it is optional
//! here.

use serde::Deserialize;

use super::types::MemberAccount;
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Adds up to 300 members to a group; each gets its own result. All members are notified unless
/// `silence` is 1.
#[wx_endpoint(
    name = "add_group_member",
    family = im,
    path = "/v4/group_open_http_svc/add_group_member",
    response = AddedMembers,
    errors(
        use ImCommonError,
        use GroupError,
        10014 => GroupFull: "the group is full; add fewer members or raise the group's MaxMemberNum",
        10019 => UserNotFound: "a Member_Account does not exist; import the accounts first",
        10026 => CommandDisabled: "this command is disabled for the SDKAppID; contact support",
        10037 => JoinedGroupLimit: "an invited user has joined too many groups; remove that user or upgrade the plan",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddGroupMember {
    /// The group to add members to.
    #[wx(non_empty)]
    pub group_id: String,
    /// 1: add silently (nobody is notified); 0 (the default): notify the group.
    #[wx(one_of = [0, 1])]
    pub silence: Option<u8>,
    /// The users to add (at most 300).
    #[wx(non_empty, max_items = 300)]
    pub member_list: Vec<MemberAccount>,
}

crate::wire_enum! {
    /// What happened to one user of `add_group_member` (`Result`).
    pub enum AddMemberResult: code {
        /// The user could not be added.
        Failed = 0,
        /// The user was added.
        Added = 1,
        /// The user was already a member.
        AlreadyMember = 2,
        /// The invitation waits for the invitee's approval.
        PendingApproval = 3,
    }
}

/// One user's result in `add_group_member`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AddedMember {
    /// The user's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// What happened to this user.
    pub result: AddMemberResult,
}

impl AddedMember {
    /// Whether this user could not be added.
    pub fn failed(&self) -> bool {
        self.result == AddMemberResult::Failed
    }
}

/// The per-user results of `add_group_member`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AddedMembers {
    /// One result per user in the request.
    pub member_list: Vec<AddedMember>,
}
