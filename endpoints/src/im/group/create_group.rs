//! `create_group`: `POST /v4/group_open_http_svc/create_group`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34895>.
//! Note: AVChatRoom groups take no initial members (10007): users, the owner included, join them
//! through the SDK. Community IDs chosen here must start with `@TGS#_`; other custom IDs must not
//! start with `@TGS#`.
//! Note: the field limits were read from an older version of the page (Name 30 bytes, Introduction
//! 240, Notification 300, FaceUrl 100, 500 initial members); the current pages raise some of them,
//! so they are not enforced here except the member count.
//! Unverified: `InviteJoinOption`, `SupportTopic`, `EnablePermission`, `DefaultPermission` and the
//! response's `Type`/`HugeGroupFlag` come from the current Chinese page's field list as other
//! sources repeat it; the English page was not readable past its first example.

use serde::Deserialize;

use super::types::{AppDefinedData, ApplyJoinOption, GroupType, InviteJoinOption, NewMember};
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Creates a group; the owner and initial members (not for AVChatRoom) join it at once.
#[wx_endpoint(
    name = "create_group",
    family = im,
    path = "/v4/group_open_http_svc/create_group",
    response = CreatedGroup,
    errors(
        use ImCommonError,
        use GroupError,
        10006 => GroupQuotaExceeded: "too many groups created (daily or per-app quota); try later or upgrade",
        10008 => InvalidRequest: "invalid request, e.g. the creator may not set its own member fields",
        10021 => GroupIdTaken: "the custom group ID is already used; choose another",
        80001 => ContentRejected: "the name, notice or introduction failed the content security check",
    ),
)]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateGroup {
    /// The owner (an imported account); the group has no owner when unset.
    #[serde(rename = "Owner_Account")]
    pub owner_account: Option<String>,
    /// The group's type.
    #[serde(rename = "Type")]
    pub group_type: GroupType,
    /// A custom group ID; generated (`@TGS#...`) when unset.
    pub group_id: Option<String>,
    /// The group's name.
    #[wx(non_empty)]
    pub name: String,
    /// The group's introduction.
    pub introduction: Option<String>,
    /// The group's notice.
    pub notification: Option<String>,
    /// The group's avatar URL.
    pub face_url: Option<String>,
    /// The maximum number of members; the plan's limit when unset.
    pub max_member_count: Option<u32>,
    /// How requests to join are handled; `NeedPermission` when unset.
    pub apply_join_option: Option<ApplyJoinOption>,
    /// How invitations are handled (not for AVChatRoom).
    pub invite_join_option: Option<InviteJoinOption>,
    /// Group custom fields (keys configured in the console first).
    pub app_defined_data: Option<Vec<AppDefinedData>>,
    /// Initial members (not for AVChatRoom), each with an optional role and custom fields.
    #[wx(max_items = 500)]
    pub member_list: Option<Vec<NewMember>>,
    /// Community only: 1 creates a community that supports topics.
    #[wx(one_of = [0, 1])]
    pub support_topic: Option<u8>,
    /// Communities with topics: 1 makes permission groups decide permissions.
    #[wx(one_of = [0, 1])]
    pub enable_permission: Option<u8>,
    /// With permission groups enabled: the members' default permissions.
    pub default_permission: Option<u64>,
}

impl CreateGroup {
    /// A group of `group_type` named `name`, everything else unset.
    pub fn new(group_type: GroupType, name: impl Into<String>) -> Self {
        CreateGroup {
            owner_account: None,
            group_type,
            group_id: None,
            name: name.into(),
            introduction: None,
            notification: None,
            face_url: None,
            max_member_count: None,
            apply_join_option: None,
            invite_join_option: None,
            app_defined_data: None,
            member_list: None,
            support_topic: None,
            enable_permission: None,
            default_permission: None,
        }
    }
}

/// The new group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct CreatedGroup {
    /// The group's ID: the custom one, or one the server assigned.
    pub group_id: String,
    /// The group's type, when returned.
    #[serde(rename = "Type")]
    pub group_type: Option<GroupType>,
    /// Whether the group is a huge group, when returned.
    pub huge_group_flag: Option<i64>,
}
