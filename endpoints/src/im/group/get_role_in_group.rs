//! `get_role_in_group`: `POST /v4/group_open_http_svc/get_role_in_group`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34963>.
//! Note: not for AVChatRoom groups (10007); use `get_admin_list` of the avchatroom module there.
//! Unverified: the stored page stops after the request example; the response (`UserIdList` of
//! `Member_Account` and `Role`, `NotMember` for non-members) and the error rows (the group pages'
//! usual six, all in `GroupError`) follow the page's Chinese twin as remembered, not as read.

use super::types::MemberRole;
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the roles of up to 500 users in a group.
#[wx_endpoint(
    name = "get_role_in_group",
    family = im,
    path = "/v4/group_open_http_svc/get_role_in_group",
    response = UserRoles,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetRoleInGroup {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The users whose roles to read (at most 500).
    #[serde(rename = "User_Account")]
    #[wx(non_empty, max_items = 500)]
    pub user_account: Vec<String>,
}

/// One user's role.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct UserRole {
    /// The user's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// `Owner`, `Admin`, `Member`, or `NotMember` when the user is not in the group.
    pub role: Option<MemberRole>,
}

/// The roles read by `get_role_in_group`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct UserRoles {
    /// One role per requested user.
    pub user_id_list: Vec<UserRole>,
}
