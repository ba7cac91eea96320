//! Tencent IM third-party callbacks (webhooks): the request bodies the IM backend POSTs to the app's
//! callback URL, typed per callback command.
//!
//! Source: the official webhook pages, <https://www.tencentcloud.com/document/product/1047/34354>
//! (Webhook Overview; Chinese twin <https://cloud.tencent.com/document/product/269/1522>) and one page
//! per command, linked from each type below. The module documentation (`im::callback`) covers the URL
//! query parameters, the `Sign`/`RequestTime` authentication and the reply each callback expects; the
//! tests below parse the example each page prints.
//!
//! The command comes from the URL's `CallbackCommand` query parameter and is repeated in the body's
//! `CallbackCommand` field; [`ImEvent::parse`] dispatches on it. The body's `CallbackCommand` field is
//! not kept in the typed structs: the variant is the command ([`ImEvent::command`]). Fields a body
//! carries that this version does not type are ignored; a command it does not know is kept whole as
//! [`ImEvent::Unknown`].
//!
//! Note: the pages print `EventTime` (table type Integer, milliseconds) as a JSON string in every group
//! callback example (`"EventTime":"1670574414123"`) and as a number elsewhere; both are read.
//! Note: `Type` (group type), `MemberList` items and `UserDefinedDataList` items reuse the group
//! module's `GroupType`, `MemberAccount` and `AppDefinedData`.

use serde::{Deserialize, Serialize};

use crate::im::group::{AppDefinedData, GroupType, MemberAccount};
use crate::im::msg::MsgElement;

macro_rules! im_events {
    ($($(#[$meta:meta])* $command:literal => $variant:ident($body:ty),)+) => {
        /// One callback request, typed by its `CallbackCommand`.
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum ImEvent {
            $($(#[$meta])* $variant($body),)+
            /// A command this version does not know, kept as received.
            Unknown {
                /// The callback command, e.g. `Group.CallbackSendMsgException`.
                command: String,
                /// The request body, as received.
                body: serde_json::Value,
            },
        }

        impl ImEvent {
            /// Every command this version types.
            pub const COMMANDS: &'static [&'static str] = &[$($command),+];

            /// Parses a callback request body. `command` is the URL's `CallbackCommand` query
            /// parameter; when it is empty the body's `CallbackCommand` field is used instead (an
            /// error when both are empty). A command this version does not know gives
            /// [`ImEvent::Unknown`] (the body must still be JSON).
            pub fn parse(command: &str, body: &[u8]) -> Result<ImEvent, serde_json::Error> {
                let from_body;
                let command = if command.is_empty() {
                    from_body = serde_json::from_slice::<Head>(body)?.callback_command;
                    if from_body.is_empty() {
                        return Err(serde::de::Error::custom("no CallbackCommand in the URL or the body"));
                    }
                    from_body.as_str()
                } else {
                    command
                };
                match command {
                    $($command => serde_json::from_slice(body).map(ImEvent::$variant),)+
                    _ => Ok(ImEvent::Unknown { command: command.to_owned(), body: serde_json::from_slice(body)? }),
                }
            }

            /// The callback command, e.g. `C2C.CallbackBeforeSendMsg`.
            pub fn command(&self) -> &str {
                match self {
                    $(ImEvent::$variant(_) => $command,)+
                    ImEvent::Unknown { command, .. } => command,
                }
            }
        }
    };
}

im_events! {
    /// `C2C.CallbackBeforeSendMsg`: a one-to-one message is about to be delivered; the reply may
    /// allow, reject, silently discard or modify it.
    "C2C.CallbackBeforeSendMsg" => C2cBeforeSendMsg(C2cBeforeSendMsg),
    /// `C2C.CallbackAfterSendMsg`: a one-to-one message was delivered (or failed to be).
    "C2C.CallbackAfterSendMsg" => C2cAfterSendMsg(C2cAfterSendMsg),
    /// `C2C.CallbackAfterMsgWithDraw`: a one-to-one message was recalled.
    "C2C.CallbackAfterMsgWithDraw" => C2cAfterMsgWithdraw(C2cAfterMsgWithdraw),
    /// `C2C.CallbackAfterMsgReport`: a user marked a one-to-one conversation as read.
    "C2C.CallbackAfterMsgReport" => C2cAfterMsgReport(C2cAfterMsgReport),
    /// `Group.CallbackBeforeSendMsg`: a group message is about to be delivered; the reply may allow,
    /// reject, silently discard or modify it.
    "Group.CallbackBeforeSendMsg" => GroupBeforeSendMsg(GroupBeforeSendMsg),
    /// `Group.CallbackAfterSendMsg`: a group message was delivered.
    "Group.CallbackAfterSendMsg" => GroupAfterSendMsg(GroupAfterSendMsg),
    /// `Group.CallbackBeforeCreateGroup`: a group is about to be created; the reply may reject it.
    "Group.CallbackBeforeCreateGroup" => GroupBeforeCreateGroup(GroupBeforeCreateGroup),
    /// `Group.CallbackAfterCreateGroup`: a group was created.
    "Group.CallbackAfterCreateGroup" => GroupAfterCreateGroup(GroupAfterCreateGroup),
    /// `Group.CallbackBeforeApplyJoinGroup`: a user applies to join a group; the reply may reject it.
    "Group.CallbackBeforeApplyJoinGroup" => GroupBeforeApplyJoinGroup(GroupBeforeApplyJoinGroup),
    /// `Group.CallbackBeforeInviteJoinGroup`: users are about to be added to a group; the reply may
    /// reject all of them or some (`RefusedMembers_Account`).
    "Group.CallbackBeforeInviteJoinGroup" => GroupBeforeInviteJoinGroup(GroupBeforeInviteJoinGroup),
    /// `Group.CallbackAfterNewMemberJoin`: users joined a group.
    "Group.CallbackAfterNewMemberJoin" => GroupAfterNewMemberJoin(GroupAfterNewMemberJoin),
    /// `Group.CallbackAfterMemberExit`: users left or were removed from a group.
    "Group.CallbackAfterMemberExit" => GroupAfterMemberExit(GroupAfterMemberExit),
    /// `Group.CallbackAfterGroupDestroyed`: a group was disbanded.
    "Group.CallbackAfterGroupDestroyed" => GroupAfterGroupDestroyed(GroupAfterGroupDestroyed),
    /// `Group.CallbackAfterGroupInfoChanged`: a group's name, introduction, notice or photo changed.
    "Group.CallbackAfterGroupInfoChanged" => GroupAfterGroupInfoChanged(GroupAfterGroupInfoChanged),
    /// `Group.CallbackAfterRecallMsg`: group messages were recalled.
    "Group.CallbackAfterRecallMsg" => GroupAfterRecallMsg(GroupAfterRecallMsg),
    /// `State.StateChange`: a user logged in, logged out or was disconnected.
    "State.StateChange" => StateChange(StateChange),
    /// `Sns.CallbackFriendAdd`: friends were added.
    "Sns.CallbackFriendAdd" => FriendAdd(FriendAdd),
    /// `Sns.CallbackFriendDelete`: friends were deleted.
    "Sns.CallbackFriendDelete" => FriendDelete(AccountPairs),
    /// `Sns.CallbackBlackListAdd`: users were added to blocklists.
    "Sns.CallbackBlackListAdd" => BlackListAdd(AccountPairs),
    /// `Sns.CallbackBlackListDelete`: users were removed from blocklists.
    "Sns.CallbackBlackListDelete" => BlackListDelete(AccountPairs),
}

/// The body's command, read when the URL carries none.
#[derive(Deserialize)]
struct Head {
    #[serde(rename = "CallbackCommand", default)]
    callback_command: String,
}

/// `C2C.CallbackBeforeSendMsg` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/34364>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct C2cBeforeSendMsg {
    /// Sender's UserID.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// Recipient's UserID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// Message sequence number (32-bit unsigned).
    pub msg_seq: u32,
    /// Message random number (32-bit unsigned).
    pub msg_random: u32,
    /// Send time, Unix seconds (one-to-one messages sort by `MsgTime`, then `MsgSeq`).
    pub msg_time: i64,
    /// Unique key of the message; recalls it through the REST API.
    pub msg_key: String,
    /// 1: online-only message; 0: not.
    pub online_only_flag: i64,
    /// The message's elements.
    pub msg_body: Vec<MsgElement>,
    /// Custom data stored with the message and delivered to the peer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}

/// `C2C.CallbackAfterSendMsg` body. Also sent when delivery failed (e.g. dirty-word filtering).
/// Source: <https://www.tencentcloud.com/document/product/1047/34365> (`MsgId` from the Chinese twin's
/// table, <https://www.tencentcloud.com/zh/document/product/1047/34365>).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct C2cAfterSendMsg {
    /// Sender's UserID.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// Recipient's UserID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// Message sequence number (32-bit unsigned).
    pub msg_seq: u32,
    /// Message random number (32-bit unsigned).
    pub msg_random: u32,
    /// Send time, Unix seconds.
    pub msg_time: i64,
    /// Unique key of the message; recalls it through the REST API.
    pub msg_key: String,
    /// Client-side unique ID of the message (Chinese table only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub msg_id: Option<String>,
    /// 1: online-only message; 0: not.
    pub online_only_flag: i64,
    /// Delivery result: 0 success, otherwise an IM error code.
    pub send_msg_result: i64,
    /// Delivery error text; `send msg succeed` on success.
    pub error_info: String,
    /// Recipient's total unread one-to-one messages; -1 when delivery failed.
    pub unread_msg_num: i64,
    /// The message's elements.
    pub msg_body: Vec<MsgElement>,
    /// Custom data stored with the message and delivered to the peer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
}

/// `C2C.CallbackAfterMsgWithDraw` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/43466>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct C2cAfterMsgWithdraw {
    /// Sender's UserID.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// Recipient's UserID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// Unique key of the recalled message.
    pub msg_key: String,
    /// Recipient's total unread one-to-one messages (all conversations).
    pub unread_msg_num: i64,
}

/// `C2C.CallbackAfterMsgReport` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/43465>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct C2cAfterMsgReport {
    /// UserID of the user who marked the conversation read.
    #[serde(rename = "Report_Account")]
    pub report_account: String,
    /// UserID of the other party of the conversation.
    #[serde(rename = "Peer_Account")]
    pub peer_account: String,
    /// Read time, Unix seconds.
    pub last_read_time: i64,
    /// Reporter's total unread one-to-one messages (all conversations).
    pub unread_msg_num: i64,
}

/// `Group.CallbackBeforeSendMsg` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/34374>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupBeforeSendMsg {
    /// Group ID.
    pub group_id: String,
    /// Group type, e.g. `Public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GroupType>,
    /// Sender's UserID.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// UserID of the request's initiator (tells admin sends apart).
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// The send request's 32-bit random number.
    pub random: u32,
    /// 1: online-only message; 0 (the default, and always for audio-video groups): not.
    pub online_only_flag: i64,
    /// The message's elements.
    pub msg_body: Vec<MsgElement>,
    /// Custom data stored with the message and delivered to the members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// Topic ID (topic-enabled communities only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

/// `Group.CallbackAfterSendMsg` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/34375> (`MsgId` from the Chinese
/// twin, <https://www.tencentcloud.com/zh/document/product/1047/34375>).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupAfterSendMsg {
    /// Group ID.
    pub group_id: String,
    /// Group type, e.g. `Public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GroupType>,
    /// Sender's UserID.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// UserID of the request's initiator (tells admin sends apart).
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// The send request's 32-bit random number.
    pub random: u32,
    /// Client-side unique ID of the message (Chinese page only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub msg_id: Option<String>,
    /// Message sequence number; group messages sort by it.
    pub msg_seq: u64,
    /// Send time (server clock), Unix seconds.
    pub msg_time: i64,
    /// 1: online-only message; 0 (the default, and always for audio-video groups): not.
    pub online_only_flag: i64,
    /// The message's elements.
    pub msg_body: Vec<MsgElement>,
    /// Custom data stored with the message and delivered to the members.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cloud_custom_data: Option<String>,
    /// Topic ID (topic-enabled communities only; in the table, not the example).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

/// `Group.CallbackBeforeCreateGroup` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/34368>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupBeforeCreateGroup {
    /// UserID of the user creating the group.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// UserID of the group's owner-to-be.
    #[serde(rename = "Owner_Account")]
    pub owner_account: String,
    /// Group type, e.g. `Public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GroupType>,
    /// Group name.
    pub name: String,
    /// Number of groups of this type the user has already created.
    pub create_group_num: i64,
    /// Initial members.
    pub member_list: Vec<MemberAccount>,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

/// `Group.CallbackAfterCreateGroup` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/34369> (`Introduction` and
/// `Notification` from the Chinese twin, <https://www.tencentcloud.com/zh/document/product/1047/34369>).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupAfterCreateGroup {
    /// Group ID (the English table spells it `groupID`; the examples `GroupId`).
    #[serde(alias = "groupID")]
    pub group_id: String,
    /// UserID of the user who created the group.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// UserID of the group owner.
    #[serde(rename = "Owner_Account")]
    pub owner_account: String,
    /// Group type, e.g. `Public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GroupType>,
    /// Group name.
    pub name: String,
    /// Group introduction (Chinese page only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// Group notice (Chinese page only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// Initial members.
    pub member_list: Vec<MemberAccount>,
    /// Custom group fields set at creation (the feature is off by default).
    pub user_defined_data_list: Vec<AppDefinedData>,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

/// `Group.CallbackBeforeApplyJoinGroup` body. Sent before the user is added (or, when approval is
/// required, before the admins are notified).
/// Source: <https://www.tencentcloud.com/document/product/1047/34370>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupBeforeApplyJoinGroup {
    /// Group ID.
    pub group_id: String,
    /// Group type, e.g. `Public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GroupType>,
    /// UserID of the applicant.
    #[serde(rename = "Requestor_Account")]
    pub requestor_account: String,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

/// `Group.CallbackBeforeInviteJoinGroup` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/34371>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupBeforeInviteJoinGroup {
    /// Group ID.
    pub group_id: String,
    /// Group type, e.g. `Public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GroupType>,
    /// UserID of the inviter.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// Users to be added.
    pub destination_members: Vec<MemberAccount>,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

crate::wire_enum! {
    /// How members joined a group (`JoinType`).
    pub enum JoinType: text {
        /// They applied and were accepted.
        Apply = "Apply",
        /// They were invited.
        Invited = "Invited",
    }
}

/// `Group.CallbackAfterNewMemberJoin` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/34372>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupAfterNewMemberJoin {
    /// Group ID.
    pub group_id: String,
    /// Group type, e.g. `Public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GroupType>,
    /// How they joined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub join_type: Option<JoinType>,
    /// UserID of the request's sender.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// The new members.
    pub new_member_list: Vec<MemberAccount>,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

crate::wire_enum! {
    /// How members left a group (`ExitType`).
    pub enum ExitType: text {
        /// They were removed.
        Kicked = "Kicked",
        /// They left.
        Quit = "Quit",
    }
}

/// `Group.CallbackAfterMemberExit` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/34373>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupAfterMemberExit {
    /// Group ID.
    pub group_id: String,
    /// Group type, e.g. `Public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GroupType>,
    /// How they left.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exit_type: Option<ExitType>,
    /// UserID of the operator (the leaving user, or who removed them).
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// The members who left.
    pub exit_member_list: Vec<MemberAccount>,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

/// `Group.CallbackAfterGroupDestroyed` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/34377>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupAfterGroupDestroyed {
    /// Group ID.
    pub group_id: String,
    /// Group type, e.g. `Public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GroupType>,
    /// UserID of the group owner.
    #[serde(rename = "Owner_Account")]
    pub owner_account: String,
    /// Group name (in the example, not the table).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members at disbanding; not sent for communities.
    pub member_list: Vec<MemberAccount>,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

/// `Group.CallbackAfterGroupInfoChanged` body: only the changed fields are present.
/// Source: <https://www.tencentcloud.com/document/product/1047/34378>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupAfterGroupInfoChanged {
    /// Group ID.
    pub group_id: String,
    /// Group type, e.g. `Public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GroupType>,
    /// UserID of the operator.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// New group name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New group introduction.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// New group notice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notification: Option<String>,
    /// New group photo URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

/// One recalled message (`MsgSeqList` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct RecalledMsg {
    /// The recalled message's sequence number.
    pub msg_seq: u64,
}

/// `Group.CallbackAfterRecallMsg` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/46979>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupAfterRecallMsg {
    /// UserID of the user who recalled the messages.
    #[serde(rename = "Operator_Account")]
    pub operator_account: String,
    /// Group type, e.g. `Public`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GroupType>,
    /// Group ID.
    pub group_id: String,
    /// The recalled messages.
    pub msg_seq_list: Vec<RecalledMsg>,
    /// Topic ID (topic-enabled communities only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic_id: Option<String>,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

crate::wire_enum! {
    /// What happened to a user's connection (`Info.Action`).
    pub enum StateAction: text {
        /// Logged in (TCP connection established).
        Login = "Login",
        /// Logged out (TCP connection closed by the user).
        Logout = "Logout",
        /// Disconnected (TCP connection lost).
        Disconnect = "Disconnect",
        /// Custom status changed (Chinese page's reason list only).
        CustomStatusChange = "CustomStatusChange",
    }
}

crate::wire_enum! {
    /// Why a user's state changed (`Info.Reason`).
    pub enum StateReason: text {
        /// Login: the app connected, or reconnected after a network loss.
        Register = "Register",
        /// Logout: the user logged out.
        Unregister = "Unregister",
        /// Disconnect: IM saw the TCP connection close (app killed, FIN or RST).
        LinkClose = "LinkClose",
        /// Disconnect: no heartbeat for 400 seconds.
        TimeOut = "TimeOut",
        /// Custom status change: the user set a custom status (Chinese page only).
        SetCustomStatus = "SetCustomStatus",
    }
}

/// The state change itself (`Info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct StateInfo {
    /// What happened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<StateAction>,
    /// The user's UserID.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// Why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<StateReason>,
    /// The user's new custom status (Chinese page only; its place under `Info` is assumed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_status: Option<String>,
}

/// A device forced offline by this login (`KickedDevice` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct KickedDevice {
    /// Platform: `iOS`, `Android`, `Web`, `Windows`, `iPad`, `Mac` or `Linux` (this callback may spell
    /// iOS `IOS`).
    pub platform: String,
}

/// `State.StateChange` body.
/// Source: <https://www.tencentcloud.com/document/product/1047/34357>.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct StateChange {
    /// The state change.
    pub info: StateInfo,
    /// Devices forced offline; only on a `Login` (`Register`) that kicked other devices.
    pub kicked_device: Vec<KickedDevice>,
    /// Event time, Unix milliseconds.
    #[serde(deserialize_with = "flexible_i64", skip_serializing_if = "Option::is_none")]
    pub event_time: Option<i64>,
}

/// One added friendship (`Sns.CallbackFriendAdd` `PairList` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FriendAddPair {
    /// The user whose friend list gained `To_Account`.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// The user added to `From_Account`'s friend list.
    #[serde(rename = "To_Account")]
    pub to_account: String,
    /// UserID of the user who sent the friend request.
    #[serde(rename = "Initiator_Account")]
    pub initiator_account: String,
}

crate::wire_enum! {
    /// Which request triggered `Sns.CallbackFriendAdd` (`ClientCmd`).
    pub enum FriendAddCmd: text {
        /// A friend request.
        FriendAddSnake = "friend_add",
        /// A friend request.
        FriendAdd = "FriendAdd",
        /// A reply to a friend request.
        FriendResponseSnake = "friend_response",
        /// A reply to a friend request.
        FriendResponse = "FriendResponse",
    }
}

/// `Sns.CallbackFriendAdd` body. Not sent for friends imported through the REST API.
/// Source: <https://www.tencentcloud.com/document/product/1047/34359>.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FriendAdd {
    /// The friendships added.
    #[serde(rename = "PairList")]
    pub pair_list: Vec<FriendAddPair>,
    /// Which request triggered the callback.
    #[serde(rename = "ClientCmd", skip_serializing_if = "Option::is_none")]
    pub client_cmd: Option<FriendAddCmd>,
    /// The admin account when the REST API added the friends; empty otherwise.
    #[serde(rename = "Admin_Account")]
    pub admin_account: String,
    /// 1: forcibly added by the admin; 0: added normally.
    #[serde(rename = "ForceFlag")]
    pub force_flag: i64,
}

/// One relationship (`PairList` item of the friend-delete and blocklist callbacks).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountPair {
    /// The user whose list changed.
    #[serde(rename = "From_Account")]
    pub from_account: String,
    /// The user added to or removed from `From_Account`'s list.
    #[serde(rename = "To_Account")]
    pub to_account: String,
}

/// Body of `Sns.CallbackFriendDelete`, `Sns.CallbackBlackListAdd` and `Sns.CallbackBlackListDelete`:
/// the relationships changed.
/// Sources: <https://www.tencentcloud.com/document/product/1047/34360>,
/// <https://www.tencentcloud.com/document/product/1047/34361>,
/// <https://www.tencentcloud.com/document/product/1047/34362>.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountPairs {
    /// The relationships.
    #[serde(rename = "PairList")]
    pub pair_list: Vec<AccountPair>,
}

/// Reads an optional integer sent either as a JSON number or as a decimal string (the pages print
/// `EventTime` both ways); `null` and `""` read as `None`.
fn flexible_i64<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    use serde::de::Error;
    match Option::<serde_json::Value>::deserialize(deserializer)? {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::Number(number)) => {
            number.as_i64().map(Some).ok_or_else(|| D::Error::custom(format_args!("{number} is not an i64")))
        }
        Some(serde_json::Value::String(text)) if text.trim().is_empty() => Ok(None),
        Some(serde_json::Value::String(text)) => text.trim().parse().map(Some).map_err(D::Error::custom),
        Some(other) => Err(D::Error::custom(format_args!("expected an integer, found {other}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `body` under the command it names, checks the command round-trips, and returns the
    /// event.
    fn parse(body: &str) -> ImEvent {
        let head: Head = serde_json::from_str(body).unwrap();
        let event = ImEvent::parse(&head.callback_command, body.as_bytes()).unwrap();
        assert_eq!(event.command(), head.callback_command);
        assert!(!matches!(event, ImEvent::Unknown { .. }), "{} parsed as Unknown", head.callback_command);
        event
    }

    // https://www.tencentcloud.com/document/product/1047/34364
    const C2C_BEFORE_SEND_MSG: &str = r#"{
        "CallbackCommand": "C2C.CallbackBeforeSendMsg",
        "From_Account": "jared",
        "To_Account": "John",
        "MsgSeq": 48374,
        "MsgRandom": 2837546,
        "MsgTime": 1557481126,
        "MsgKey": "48374_2837546_1557481126",
        "OnlineOnlyFlag":1,
        "MsgBody": [
            {
                "MsgType": "TIMTextElem",
                "MsgContent":{
                    "Text": "red packet"
                }
            }
        ],
        "CloudCustomData": "your cloud custom data"
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34365
    const C2C_AFTER_SEND_MSG: &str = r#"{
        "CallbackCommand": "C2C.CallbackAfterSendMsg",
        "From_Account": "jared",
        "To_Account": "Jonh",
        "MsgSeq": 48374,
        "MsgRandom": 2837546,
        "MsgTime": 1557481126,
        "MsgKey": "48374_2837546_1557481126",
        "OnlineOnlyFlag":1,
        "SendMsgResult": 0,
        "ErrorInfo": "send msg succeed",
        "UnreadMsgNum": 7,
        "MsgBody": [
            {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                    "Text": "red packet"
                }
            }
        ],
        "CloudCustomData": "your cloud custom data"
    }"#;

    // https://www.tencentcloud.com/document/product/1047/43466
    const C2C_AFTER_MSG_WITHDRAW: &str = r#"{
        "CallbackCommand": "C2C.CallbackAfterMsgWithDraw",
        "From_Account": "jared",
        "To_Account": "Jonh",
        "MsgKey": "48374_2837546_1557481126",
        "UnreadMsgNum": 7
    }"#;

    // https://www.tencentcloud.com/document/product/1047/43465
    const C2C_AFTER_MSG_REPORT: &str = r#"{
        "CallbackCommand": "C2C.CallbackAfterMsgReport",
        "Report_Account": "jared",
        "Peer_Account": "Jonh",
        "LastReadTime": 1614754606,
        "UnreadMsgNum": 7
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34374
    const GROUP_BEFORE_SEND_MSG: &str = r#"{
        "CallbackCommand": "Group.CallbackBeforeSendMsg",
        "GroupId": "@TGS#2J4SZEAEL",
        "Type": "Community",
        "From_Account": "jared",
        "Operator_Account":"admin",
        "Random": 123456,
        "OnlineOnlyFlag": 1,
        "MsgBody": [
            {
                "MsgType": "TIMTextElem",
                "MsgContent":{
                    "Text": "red packet"
                }
            }
        ],
        "CloudCustomData": "your cloud custom data",
        "TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic",
        "EventTime":"1670574414123"
    }"#;

    // https://www.tencentcloud.com/zh/document/product/1047/34375
    const GROUP_AFTER_SEND_MSG: &str = r#"{
        "CallbackCommand": "Group.CallbackAfterSendMsg",
        "GroupId": "@TGS#2J4SZEAEL",
        "Type": "Public",
        "From_Account": "jared",
        "Operator_Account":"admin",
        "Random": 123456,
        "MsgId": "144115233406643804-1727580296-4026038328",
        "MsgSeq": 123,
        "MsgTime": 1490686222,
        "OnlineOnlyFlag": 1,
        "MsgBody": [
            {
                "MsgType": "TIMTextElem",
                "MsgContent": {
                    "Text": "red packet"
                }
            }
        ],
        "CloudCustomData": "your cloud custom data",
        "EventTime":"1670574414123"
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34368
    const GROUP_BEFORE_CREATE_GROUP: &str = r#"{
        "CallbackCommand": "Group.CallbackBeforeCreateGroup",
        "Operator_Account": "leckie",
        "Owner_Account": "leckie",
        "Type": "Public",
        "Name": "MyFirstGroup",
        "CreateGroupNum": 123,
        "MemberList": [
            {
                "Member_Account": "bob"
            },
            {
                "Member_Account": "peter"
            }
        ],
        "EventTime":"1670574414123"
    }"#;

    // https://www.tencentcloud.com/zh/document/product/1047/34369
    const GROUP_AFTER_CREATE_GROUP: &str = r#"{
        "CallbackCommand": "Group.CallbackAfterCreateGroup",
        "GroupId" : "@TGS#2J4SZEAEL",
        "Operator_Account": "group_root",
        "Owner_Account": "leckie",
        "Type": "Public",
        "Name": "MyFirstGroup",
        "Introduction" : "introduction",
        "Notification" : "notification",
        "MemberList": [
            {"Member_Account": "bob"},
            {"Member_Account": "peter"}
        ],
        "UserDefinedDataList": [
            {"Key": "UserDefined1", "Value": "hello"},
            {"Key": "UserDefined2", "Value": "world"}
        ],
        "EventTime":"1670574414123"
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34370
    const GROUP_BEFORE_APPLY_JOIN_GROUP: &str = r#"{
        "CallbackCommand": "Group.CallbackBeforeApplyJoinGroup",
        "GroupId" : "@TGS#2J4SZEAEL",
        "Type": "Public",
        "Requestor_Account": "jared",
        "EventTime":"1670574414123"
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34371
    const GROUP_BEFORE_INVITE_JOIN_GROUP: &str = r#"{
        "CallbackCommand": "Group.CallbackBeforeInviteJoinGroup",
        "GroupId": "@TGS#2J4SZEAEL",
        "Type": "Public",
        "Operator_Account": "leckie",
        "DestinationMembers": [
            {
                "Member_Account": "jared"
            },
            {
                "Member_Account": "leckie"
            }
        ],
        "EventTime":"1670574414123"
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34372
    const GROUP_AFTER_NEW_MEMBER_JOIN: &str = r#"{
        "CallbackCommand": "Group.CallbackAfterNewMemberJoin",
        "GroupId" : "@TGS#2J4SZEAEL",
        "Type": "Public",
        "JoinType": "Apply",
        "Operator_Account": "leckie",
        "NewMemberList": [
            {
                "Member_Account": "jared"
            },
            {
                "Member_Account": "tommy"
            }
        ],
        "EventTime":"1670574414123"
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34373
    const GROUP_AFTER_MEMBER_EXIT: &str = r#"{
        "CallbackCommand": "Group.CallbackAfterMemberExit",
        "GroupId": "@TGS#2J4SZEAEL",
        "Type": "Public",
        "ExitType": "Kicked",
        "Operator_Account": "leckie",
        "ExitMemberList": [
            {
                "Member_Account": "jared"
            },
            {
                "Member_Account": "tommy"
            }
        ],
        "EventTime":"1670574414123"
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34377
    const GROUP_AFTER_GROUP_DESTROYED: &str = r#"{
        "CallbackCommand": "Group.CallbackAfterGroupDestroyed",
        "GroupId" : "@TGS#2J4SZEAEL",
        "Type": "Public",
        "Owner_Account": "leckie",
        "Name": "MyFirstGroup",
        "MemberList" : [
            {
                "Member_Account": "leckie"
            },
            {
                "Member_Account": "peter"
            },
            {
                "Member_Account": "bob"
            }
        ],
        "EventTime":"1670574414123"
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34378
    const GROUP_AFTER_GROUP_INFO_CHANGED: &str = r#"{
        "CallbackCommand": "Group.CallbackAfterGroupInfoChanged",
        "GroupId" : "@TGS#2J4SZEAEL",
        "Type": "Public",
        "Operator_Account": "leckie",
        "Notification": "NewNotification",
        "EventTime":"1670574414123"
    }"#;

    // https://www.tencentcloud.com/document/product/1047/46979
    const GROUP_AFTER_RECALL_MSG: &str = r#"{
        "CallbackCommand":"Group.CallbackAfterRecallMsg",
        "Operator_Account":"admin",
        "Type": "Community",
        "GroupId":"1213456",
        "MsgSeqList":[
            {"MsgSeq":130}
        ],
        "TopicId":"@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic",
        "EventTime":"1670574414123"
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34357
    const STATE_CHANGE: &str = r#"{
        "CallbackCommand": "State.StateChange",
        "EventTime": 1629883332497,
        "Info": {
            "Action": "Login",
            "To_Account": "testuser316",
            "Reason": "Register"
        },
        "KickedDevice": [
            {
                "Platform": "Windows"
            },
            {
                "Platform": "Android"
            }
        ]
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34359
    const FRIEND_ADD: &str = r#"{
        "CallbackCommand": "Sns.CallbackFriendAdd",
        "PairList": [
            {
                "From_Account": "id",
                "To_Account": "id1",
                "Initiator_Account": "id"
            },
            {
                "From_Account": "id",
                "To_Account": "id2",
                "Initiator_Account": "id"
            },
            {
                "From_Account": "id",
                "To_Account": "id3",
                "Initiator_Account": "id"
            }
        ],
        "ClientCmd":"friend_add",
        "Admin_Account":"",
        "ForceFlag":1
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34360
    const FRIEND_DELETE: &str = r#"{
        "CallbackCommand": "Sns.CallbackFriendDelete",
        "PairList": [
            {"From_Account": "id", "To_Account": "id1"},
            {"From_Account": "id", "To_Account": "id2"},
            {"From_Account": "id", "To_Account": "id3"}
        ]
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34361
    const BLACK_LIST_ADD: &str = r#"{
        "CallbackCommand": "Sns.CallbackBlackListAdd",
        "PairList": [
            {"From_Account": "id", "To_Account": "id1"},
            {"From_Account": "id", "To_Account": "id2"},
            {"From_Account": "id", "To_Account": "id3"}
        ]
    }"#;

    // https://www.tencentcloud.com/document/product/1047/34362
    const BLACK_LIST_DELETE: &str = r#"{
        "CallbackCommand": "Sns.CallbackBlackListDelete",
        "PairList": [
            {"From_Account": "id", "To_Account": "id1"},
            {"From_Account": "id", "To_Account": "id2"},
            {"From_Account": "id", "To_Account": "id3"}
        ]
    }"#;

    #[test]
    fn every_typed_command_has_a_vector() {
        let vectors = [
            C2C_BEFORE_SEND_MSG,
            C2C_AFTER_SEND_MSG,
            C2C_AFTER_MSG_WITHDRAW,
            C2C_AFTER_MSG_REPORT,
            GROUP_BEFORE_SEND_MSG,
            GROUP_AFTER_SEND_MSG,
            GROUP_BEFORE_CREATE_GROUP,
            GROUP_AFTER_CREATE_GROUP,
            GROUP_BEFORE_APPLY_JOIN_GROUP,
            GROUP_BEFORE_INVITE_JOIN_GROUP,
            GROUP_AFTER_NEW_MEMBER_JOIN,
            GROUP_AFTER_MEMBER_EXIT,
            GROUP_AFTER_GROUP_DESTROYED,
            GROUP_AFTER_GROUP_INFO_CHANGED,
            GROUP_AFTER_RECALL_MSG,
            STATE_CHANGE,
            FRIEND_ADD,
            FRIEND_DELETE,
            BLACK_LIST_ADD,
            BLACK_LIST_DELETE,
        ];
        let mut seen: Vec<String> = vectors.iter().map(|body| parse(body).command().to_owned()).collect();
        seen.sort();
        let mut commands: Vec<String> = ImEvent::COMMANDS.iter().map(|c| c.to_string()).collect();
        commands.sort();
        assert_eq!(seen, commands);
    }

    #[test]
    fn c2c_before_send_msg() {
        let ImEvent::C2cBeforeSendMsg(msg) = parse(C2C_BEFORE_SEND_MSG) else { panic!("wrong variant") };
        assert_eq!((msg.from_account.as_str(), msg.to_account.as_str()), ("jared", "John"));
        assert_eq!((msg.msg_seq, msg.msg_random, msg.msg_time), (48374, 2837546, 1557481126));
        assert_eq!(msg.msg_key, "48374_2837546_1557481126");
        assert_eq!(msg.online_only_flag, 1);
        assert_eq!(msg.msg_body, vec![MsgElement::text("red packet")]);
        assert_eq!(msg.cloud_custom_data.as_deref(), Some("your cloud custom data"));
    }

    #[test]
    fn c2c_after_send_msg() {
        let ImEvent::C2cAfterSendMsg(msg) = parse(C2C_AFTER_SEND_MSG) else { panic!("wrong variant") };
        assert_eq!(msg.send_msg_result, 0);
        assert_eq!(msg.error_info, "send msg succeed");
        assert_eq!(msg.unread_msg_num, 7);
        assert_eq!(msg.msg_id, None);
        assert_eq!(msg.msg_body, vec![MsgElement::text("red packet")]);
    }

    #[test]
    fn c2c_after_msg_withdraw() {
        let ImEvent::C2cAfterMsgWithdraw(recall) = parse(C2C_AFTER_MSG_WITHDRAW) else {
            panic!("wrong variant")
        };
        assert_eq!(recall.msg_key, "48374_2837546_1557481126");
        assert_eq!(recall.unread_msg_num, 7);
    }

    #[test]
    fn c2c_after_msg_report() {
        let ImEvent::C2cAfterMsgReport(report) = parse(C2C_AFTER_MSG_REPORT) else { panic!("wrong variant") };
        assert_eq!((report.report_account.as_str(), report.peer_account.as_str()), ("jared", "Jonh"));
        assert_eq!((report.last_read_time, report.unread_msg_num), (1614754606, 7));
    }

    #[test]
    fn group_before_send_msg() {
        let ImEvent::GroupBeforeSendMsg(msg) = parse(GROUP_BEFORE_SEND_MSG) else { panic!("wrong variant") };
        assert_eq!(msg.group_id, "@TGS#2J4SZEAEL");
        assert_eq!(msg.r#type, Some(GroupType::Community));
        assert_eq!((msg.operator_account.as_str(), msg.random), ("admin", 123456));
        assert_eq!(msg.topic_id.as_deref(), Some("@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic"));
        assert_eq!(msg.event_time, Some(1670574414123));
        assert_eq!(msg.msg_body, vec![MsgElement::text("red packet")]);
    }

    #[test]
    fn group_after_send_msg() {
        let ImEvent::GroupAfterSendMsg(msg) = parse(GROUP_AFTER_SEND_MSG) else { panic!("wrong variant") };
        assert_eq!(msg.msg_id.as_deref(), Some("144115233406643804-1727580296-4026038328"));
        assert_eq!((msg.msg_seq, msg.msg_time), (123, 1490686222));
        assert_eq!(msg.topic_id, None);
        assert_eq!(msg.event_time, Some(1670574414123));
    }

    #[test]
    fn group_before_create_group() {
        let ImEvent::GroupBeforeCreateGroup(create) = parse(GROUP_BEFORE_CREATE_GROUP) else {
            panic!("wrong variant")
        };
        assert_eq!(create.create_group_num, 123);
        assert_eq!(create.member_list, vec![MemberAccount::new("bob"), MemberAccount::new("peter")]);
    }

    #[test]
    fn group_after_create_group() {
        let ImEvent::GroupAfterCreateGroup(create) = parse(GROUP_AFTER_CREATE_GROUP) else {
            panic!("wrong variant")
        };
        assert_eq!(create.group_id, "@TGS#2J4SZEAEL");
        assert_eq!(create.operator_account, "group_root");
        assert_eq!(create.introduction.as_deref(), Some("introduction"));
        assert_eq!(create.user_defined_data_list[1].key, "UserDefined2");
        assert_eq!(create.user_defined_data_list[1].value, "world");
    }

    #[test]
    fn group_before_apply_join_group() {
        let ImEvent::GroupBeforeApplyJoinGroup(apply) = parse(GROUP_BEFORE_APPLY_JOIN_GROUP) else {
            panic!("wrong variant")
        };
        assert_eq!(apply.requestor_account, "jared");
        assert_eq!(apply.r#type, Some(GroupType::Public));
    }

    #[test]
    fn group_before_invite_join_group() {
        let ImEvent::GroupBeforeInviteJoinGroup(invite) = parse(GROUP_BEFORE_INVITE_JOIN_GROUP) else {
            panic!("wrong variant")
        };
        assert_eq!(
            invite.destination_members,
            vec![MemberAccount::new("jared"), MemberAccount::new("leckie")]
        );
    }

    #[test]
    fn group_after_new_member_join() {
        let ImEvent::GroupAfterNewMemberJoin(join) = parse(GROUP_AFTER_NEW_MEMBER_JOIN) else {
            panic!("wrong variant")
        };
        assert_eq!(join.join_type, Some(JoinType::Apply));
        assert_eq!(join.new_member_list.len(), 2);
    }

    #[test]
    fn group_after_member_exit() {
        let ImEvent::GroupAfterMemberExit(exit) = parse(GROUP_AFTER_MEMBER_EXIT) else {
            panic!("wrong variant")
        };
        assert_eq!(exit.exit_type, Some(ExitType::Kicked));
        assert_eq!(exit.exit_member_list[1].member_account, "tommy");
    }

    #[test]
    fn group_after_group_destroyed() {
        let ImEvent::GroupAfterGroupDestroyed(gone) = parse(GROUP_AFTER_GROUP_DESTROYED) else {
            panic!("wrong variant")
        };
        assert_eq!(gone.owner_account, "leckie");
        assert_eq!(gone.name.as_deref(), Some("MyFirstGroup"));
        assert_eq!(gone.member_list.len(), 3);
    }

    #[test]
    fn group_after_group_info_changed() {
        let ImEvent::GroupAfterGroupInfoChanged(change) = parse(GROUP_AFTER_GROUP_INFO_CHANGED) else {
            panic!("wrong variant")
        };
        assert_eq!(change.notification.as_deref(), Some("NewNotification"));
        assert_eq!((change.name, change.introduction, change.face_url), (None, None, None));
    }

    #[test]
    fn group_after_recall_msg() {
        let ImEvent::GroupAfterRecallMsg(recall) = parse(GROUP_AFTER_RECALL_MSG) else {
            panic!("wrong variant")
        };
        assert_eq!(recall.msg_seq_list, vec![RecalledMsg { msg_seq: 130 }]);
        assert_eq!(recall.group_id, "1213456");
    }

    #[test]
    fn state_change() {
        let ImEvent::StateChange(state) = parse(STATE_CHANGE) else { panic!("wrong variant") };
        assert_eq!(state.info.action, Some(StateAction::Login));
        assert_eq!(state.info.reason, Some(StateReason::Register));
        assert_eq!(state.info.to_account, "testuser316");
        assert_eq!(state.kicked_device[0].platform, "Windows");
        assert_eq!(state.event_time, Some(1629883332497));
    }

    #[test]
    fn friend_add() {
        let ImEvent::FriendAdd(add) = parse(FRIEND_ADD) else { panic!("wrong variant") };
        assert_eq!(add.pair_list.len(), 3);
        assert_eq!(add.pair_list[2].to_account, "id3");
        assert_eq!(add.pair_list[2].initiator_account, "id");
        assert_eq!(add.client_cmd, Some(FriendAddCmd::FriendAddSnake));
        assert_eq!((add.admin_account.as_str(), add.force_flag), ("", 1));
    }

    #[test]
    fn relationship_pairs() {
        for (body, command) in [
            (FRIEND_DELETE, "Sns.CallbackFriendDelete"),
            (BLACK_LIST_ADD, "Sns.CallbackBlackListAdd"),
            (BLACK_LIST_DELETE, "Sns.CallbackBlackListDelete"),
        ] {
            let event = parse(body);
            let (ImEvent::FriendDelete(pairs)
            | ImEvent::BlackListAdd(pairs)
            | ImEvent::BlackListDelete(pairs)) = &event
            else {
                panic!("wrong variant for {command}")
            };
            assert_eq!(event.command(), command);
            assert_eq!(
                pairs.pair_list[0],
                AccountPair { from_account: "id".into(), to_account: "id1".into() }
            );
        }
    }

    #[test]
    fn unknown_command_is_kept() {
        let body = r#"{"CallbackCommand": "Group.CallbackSendMsgException", "GroupId": "@TGS#1", "Extra": [1, "a"]}"#;
        let event = ImEvent::parse("Group.CallbackSendMsgException", body.as_bytes()).unwrap();
        assert_eq!(event.command(), "Group.CallbackSendMsgException");
        let ImEvent::Unknown { body: kept, .. } = event else { panic!("not Unknown") };
        assert_eq!(kept, serde_json::from_str::<serde_json::Value>(body).unwrap());
    }

    #[test]
    fn command_falls_back_to_the_body() {
        let event = ImEvent::parse("", C2C_AFTER_MSG_WITHDRAW.as_bytes()).unwrap();
        assert!(matches!(event, ImEvent::C2cAfterMsgWithdraw(_)));
    }

    #[test]
    fn url_command_wins() {
        // The URL's parameter decides, as the brief and the pages describe it.
        let event = ImEvent::parse("Sns.CallbackBlackListAdd", FRIEND_DELETE.as_bytes()).unwrap();
        assert_eq!(event.command(), "Sns.CallbackBlackListAdd");
    }

    #[test]
    fn event_time_number_or_string() {
        let number = r#"{"GroupId": "g", "Requestor_Account": "u", "EventTime": 1670574414123}"#;
        let text = r#"{"GroupId": "g", "Requestor_Account": "u", "EventTime": "1670574414123"}"#;
        let missing = r#"{"GroupId": "g", "Requestor_Account": "u"}"#;
        let parse = |body: &str| serde_json::from_str::<GroupBeforeApplyJoinGroup>(body).unwrap().event_time;
        assert_eq!(parse(number), Some(1670574414123));
        assert_eq!(parse(text), Some(1670574414123));
        assert_eq!(parse(missing), None);
        assert!(serde_json::from_str::<GroupBeforeApplyJoinGroup>(r#"{"EventTime": "soon"}"#).is_err());
    }

    #[test]
    fn unknown_enum_values_are_kept() {
        let body = r#"{"CallbackCommand": "Group.CallbackAfterMemberExit", "Type": "Meeting", "ExitType": "Banned"}"#;
        let ImEvent::GroupAfterMemberExit(exit) = parse(body) else { panic!("wrong variant") };
        assert_eq!(exit.r#type.as_ref().map(GroupType::as_str), Some("Meeting"));
        assert_eq!(exit.exit_type.as_ref().map(ExitType::as_str), Some("Banned"));
    }

    #[test]
    fn bad_body_is_an_error() {
        assert!(ImEvent::parse("C2C.CallbackBeforeSendMsg", b"not json").is_err());
        assert!(ImEvent::parse("Some.Unknown", b"not json").is_err());
        assert!(ImEvent::parse("", b"[]").is_err());
        assert!(ImEvent::parse("", br#"{"GroupId": "g"}"#).is_err());
    }
}
