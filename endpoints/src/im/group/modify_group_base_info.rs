//! `modify_group_base_info`: `POST /v4/group_open_http_svc/modify_group_base_info`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34962>.
//! Note: every group type. `AppDefinedData` keys must first be configured in the IM console; an
//! empty `Value` deletes the field.
//! Unverified: the stored page stops inside the first request example (after `ApplyJoinOption`);
//! the golden example ends it with `"MuteAllMember": "On"`. `InviteJoinOption`,
//! `AppDefinedData` and the error rows (the group pages' usual six plus 80001) follow the page's
//! Chinese twin as remembered, not as read. Byte limits are not enforced: the pages changed them
//! (like `create_group`'s).

use super::types::{AppDefinedData, ApplyJoinOption, InviteJoinOption, OnOff};
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Changes a group's name, introduction, notice, avatar, member limit, join options, custom fields
/// or all-member muting; unset fields stay unchanged.
#[wx_endpoint(
    name = "modify_group_base_info",
    family = im,
    path = "/v4/group_open_http_svc/modify_group_base_info",
    errors(
        use ImCommonError,
        use GroupError,
        80001 => TextFiltered: "the new profile contains restricted words; change it",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGroupBaseInfo {
    /// The group to change.
    #[wx(non_empty)]
    pub group_id: String,
    /// The group's name.
    pub name: Option<String>,
    /// The group's introduction.
    pub introduction: Option<String>,
    /// The group's notice.
    pub notification: Option<String>,
    /// The group's avatar URL.
    pub face_url: Option<String>,
    /// The maximum number of members.
    pub max_member_num: Option<u32>,
    /// How requests to join are handled.
    pub apply_join_option: Option<ApplyJoinOption>,
    /// How invitations are handled (not for AVChatRoom).
    pub invite_join_option: Option<InviteJoinOption>,
    /// `On` mutes every member except the owner and admins; `Off` lifts it.
    pub mute_all_member: Option<OnOff>,
    /// Group custom fields to set (an empty value deletes the field).
    pub app_defined_data: Option<Vec<AppDefinedData>>,
}
