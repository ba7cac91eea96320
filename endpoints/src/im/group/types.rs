//! Types shared by the group commands (`/v4/group_open_http_svc/...`).
//!
//! Source: the group system page <https://www.tencentcloud.com/document/product/1047/33529> and the
//! command pages that print these values (creating a group, group and member profiles).

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// A group's type (`Type`, `GroupType`).
    pub enum GroupType: text {
        /// Work group (`Work` in the newer SDKs): members join only by invitation.
        Private = "Private",
        /// Stranger social group: users apply to join.
        Public = "Public",
        /// Meeting group (`Meeting` in the newer SDKs): users join and leave freely.
        ChatRoom = "ChatRoom",
        /// Audio-video (live streaming) group: no member limit, users join through the SDK.
        AVChatRoom = "AVChatRoom",
        /// Community: large groups, optionally with topics.
        Community = "Community",
    }
}

crate::wire_enum! {
    /// A member's role in a group (`Role`).
    pub enum MemberRole: text {
        /// The group owner.
        Owner = "Owner",
        /// A group admin.
        Admin = "Admin",
        /// An ordinary member.
        Member = "Member",
        /// Not in the group (answered by `get_role_in_group` only).
        NotMember = "NotMember",
    }
}

crate::wire_enum! {
    /// A member's message receiving option in a group (`MsgFlag`).
    pub enum MsgFlag: text {
        /// Receive messages and notify.
        AcceptAndNotify = "AcceptAndNotify",
        /// Receive messages without notification.
        AcceptNotNotify = "AcceptNotNotify",
        /// Block the group's messages.
        Discard = "Discard",
    }
}

crate::wire_enum! {
    /// How requests to join a group are handled (`ApplyJoinOption`).
    pub enum ApplyJoinOption: text {
        /// Anyone may join without approval.
        FreeAccess = "FreeAccess",
        /// The owner or an admin approves each request (the default).
        NeedPermission = "NeedPermission",
        /// Nobody may apply to join.
        DisableApply = "DisableApply",
    }
}

crate::wire_enum! {
    /// How invitations into a group are handled (`InviteJoinOption`; not for AVChatRoom).
    pub enum InviteJoinOption: text {
        /// Invited users join directly.
        FreeAccess = "FreeAccess",
        /// The owner or an admin approves each invitation.
        NeedPermission = "NeedPermission",
        /// Members may not invite through the SDK.
        DisableInvite = "DisableInvite",
    }
}

crate::wire_enum! {
    /// An on/off switch as the group pages print it (`MuteAllMember`).
    pub enum OnOff: text {
        /// On.
        On = "On",
        /// Off.
        Off = "Off",
    }
}

/// One custom field (`AppDefinedData`, `AppMemberDefinedData`): `{"Key": "...", "Value": "..."}`.
/// Keys are configured in the console first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppDefinedData {
    /// The field's key (at most 16 bytes: letters, digits and underscores).
    #[serde(rename = "Key")]
    pub key: String,
    /// The field's value (group fields at most 512 bytes, member fields at most 64 bytes).
    #[serde(rename = "Value", default)]
    pub value: String,
}

impl AppDefinedData {
    /// A custom field.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        AppDefinedData { key: key.into(), value: value.into() }
    }
}

/// One member by ID: `{"Member_Account": "..."}` (e.g. `add_group_member`'s `MemberList`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberAccount {
    /// The member's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
}

impl MemberAccount {
    /// A member by UserID.
    pub fn new(member_account: impl Into<String>) -> Self {
        MemberAccount { member_account: member_account.into() }
    }
}

/// One initial member of a new group (`create_group`'s `MemberList`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct NewMember {
    /// The member's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// The member's role; only `Admin` may be set (ordinary member when unset).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<MemberRole>,
    /// The member's custom fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_member_defined_data: Option<Vec<AppDefinedData>>,
}

/// A member's profile in a group, as `get_group_info`, `get_group_member_info` and
/// `get_specified_group_member_info` return it; fields left out by a filter are `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct MemberInfo {
    /// The member's UserID.
    #[serde(rename = "Member_Account")]
    pub member_account: String,
    /// The member's role.
    pub role: Option<MemberRole>,
    /// When the member joined (Unix seconds).
    pub join_time: Option<i64>,
    /// The sequence number of the member's last read message.
    pub msg_seq: Option<u64>,
    /// The member's message receiving option.
    pub msg_flag: Option<MsgFlag>,
    /// When the member last sent a message (Unix seconds).
    pub last_send_msg_time: Option<i64>,
    /// Muted until this time (Unix seconds); 0 when not muted. Older pages print `ShutUpUntil`.
    #[serde(alias = "ShutUpUntil")]
    pub mute_until: Option<i64>,
    /// The member's name card in the group.
    pub name_card: Option<String>,
    /// The member's online status, where the page returns it.
    pub online_status: Option<String>,
    /// The member's custom fields.
    pub app_member_defined_data: Option<Vec<AppDefinedData>>,
}

/// A user's own data in a group (`SelfInfo` of `get_joined_group_list`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct SelfInfo {
    /// The user's role in the group.
    pub role: Option<MemberRole>,
    /// When the user joined (Unix seconds).
    pub join_time: Option<i64>,
    /// The user's message receiving option.
    pub msg_flag: Option<MsgFlag>,
    /// The user's unread message count in the group.
    pub unread_msg_num: Option<u64>,
    /// Muted until this time (Unix seconds); 0 when not muted.
    #[serde(alias = "ShutUpUntil")]
    pub mute_until: Option<i64>,
    /// The user's name card in the group.
    pub name_card: Option<String>,
}

/// A group's profile as `get_group_info` and `get_joined_group_list` return it; fields left out by
/// a filter are `None`. Items of `get_group_info` carry their own result (`ErrorCode` 0 = found).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupInfo {
    /// The group's ID.
    pub group_id: String,
    /// This item's error code (0 = found), when present.
    pub error_code: Option<i64>,
    /// This item's error message, when present.
    pub error_info: Option<String>,
    /// The group's type.
    #[serde(rename = "Type")]
    pub group_type: Option<GroupType>,
    /// The group's name.
    pub name: Option<String>,
    /// The app's SDKAppID, where the page prints it.
    pub appid: Option<u64>,
    /// The group's introduction.
    pub introduction: Option<String>,
    /// The group's notice.
    pub notification: Option<String>,
    /// The group's avatar URL.
    pub face_url: Option<String>,
    /// The group owner's UserID.
    #[serde(rename = "Owner_Account")]
    pub owner_account: Option<String>,
    /// When the group was created (Unix seconds).
    pub create_time: Option<i64>,
    /// Incremented on every profile change.
    pub info_seq: Option<u64>,
    /// When the profile last changed (Unix seconds).
    pub last_info_time: Option<i64>,
    /// When the last message was sent (Unix seconds).
    pub last_msg_time: Option<i64>,
    /// The sequence number the next message will get.
    pub next_msg_seq: Option<u64>,
    /// The current number of members.
    pub member_num: Option<u64>,
    /// The current number of members, as `get_joined_group_list`'s example prints it.
    pub member_count: Option<u64>,
    /// The maximum number of members.
    pub max_member_num: Option<u64>,
    /// How requests to join are handled.
    pub apply_join_option: Option<ApplyJoinOption>,
    /// How invitations are handled.
    pub invite_join_option: Option<InviteJoinOption>,
    /// Whether all members are muted. Older pages print `ShutUpAllMember`.
    #[serde(alias = "ShutUpAllMember")]
    pub mute_all_member: Option<OnOff>,
    /// Whether permission groups decide permissions (communities with topics): 1 yes.
    pub enable_permission: Option<i64>,
    /// Members' default permissions (with permission groups enabled).
    pub default_permission: Option<i64>,
    /// Whether the community supports topics: 1 yes.
    pub support_topic: Option<i64>,
    /// The group's custom fields.
    pub app_defined_data: Option<Vec<AppDefinedData>>,
    /// The group's members (`get_group_info`).
    pub member_list: Option<Vec<MemberInfo>>,
    /// The requested user's own data in the group (`get_joined_group_list`).
    pub self_info: Option<SelfInfo>,
}

impl GroupInfo {
    /// This item's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.error_code.filter(|&code| code != 0)
    }
}

/// One group counter: `{"Key": "like", "Value": 5}` (`get_group_counter`, `update_group_counter`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupCounter {
    /// The counter's key (at most 128 bytes).
    #[serde(rename = "Key")]
    pub key: String,
    /// The counter's value.
    #[serde(rename = "Value", default)]
    pub value: i64,
}
