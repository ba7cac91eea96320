//! `modify_group_member_info`: `POST /v4/group_open_http_svc/modify_group_member_info`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34900>.
//! Note: AVChatRoom groups store no member profiles: only the owner's and admins' can be changed
//! (10007 otherwise). Private (Work) groups do not support muting.
//! Note: `AppMemberDefinedData` keys must first be enabled in the IM console.

use super::types::{AppDefinedData, MemberRole, MsgFlag};
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Changes one member's role, message flag, name card, custom fields or muting period; unset
/// fields stay unchanged.
#[wx_endpoint(
    name = "modify_group_member_info",
    family = im,
    path = "/v4/group_open_http_svc/modify_group_member_info",
    errors(
        use ImCommonError,
        use GroupError,
        80001 => TextFiltered: "the new member profile contains restricted words; change it",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGroupMemberInfo {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The member to change.
    #[serde(rename = "Member_Account")]
    #[wx(non_empty)]
    pub member_account: String,
    /// `Admin` to make the member an admin, `Member` to revoke it.
    pub role: Option<MemberRole>,
    /// How the member receives the group's messages.
    pub msg_flag: Option<MsgFlag>,
    /// The member's name card in the group (at most 50 bytes).
    #[wx(max_bytes = 50)]
    pub name_card: Option<String>,
    /// Member custom fields to set (enabled in the IM console first).
    pub app_member_defined_data: Option<Vec<AppDefinedData>>,
    /// Mute the member for this many seconds; 0 unmutes.
    pub shut_up_time: Option<u32>,
}
