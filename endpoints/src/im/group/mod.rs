//! Groups (`/v4/group_open_http_svc/...`, and `get_group_attr` of `group_open_attr_http_svc`):
//! create, import and disband groups, members and roles, muting and banning, messages (send,
//! recall, history, receipts, system notifications, broadcasts), attributes and counters. Every
//! command: POST, at most 200 calls per second unless its own page says fewer.

mod add_group_member;
mod ban_group_member;
mod change_group_owner;
mod clear_group_attr;
mod clear_group_msg;
mod create_group;
mod delete_group_counter;
mod delete_group_member;
mod delete_group_msg_by_sender;
mod destroy_group;
mod errors;
mod forbid_send_msg;
mod get_appid_group_list;
mod get_group_attr;
mod get_group_ban_member;
mod get_group_counter;
mod get_group_info;
mod get_group_member_info;
mod get_group_msg_receipt;
mod get_group_msg_receipt_detail;
mod get_group_muted_account;
mod get_joined_group_list;
mod get_online_member_num;
mod get_role_in_group;
mod get_specified_group_member_info;
mod group_msg_get_simple;
mod group_msg_recall;
mod import_group;
mod import_group_member;
mod import_group_msg;
mod import_topic;
mod modify_group_attr;
mod modify_group_base_info;
mod modify_group_member_info;
mod send_broadcast_msg;
mod send_group_msg;
mod send_group_system_notification;
mod set_group_attr;
mod set_unread_msg_num;
mod types;
mod unban_group_member;
mod update_group_counter;

pub use add_group_member::{AddGroupMember, AddGroupMemberError, AddMemberResult, AddedMember, AddedMembers};
pub use ban_group_member::{BanGroupMember, BanGroupMemberError};
pub use change_group_owner::{ChangeGroupOwner, ChangeGroupOwnerError};
pub use clear_group_attr::{ClearGroupAttr, ClearGroupAttrError};
pub use clear_group_msg::{ClearGroupMsg, ClearGroupMsgError};
pub use create_group::{CreateGroup, CreateGroupError, CreatedGroup};
pub use delete_group_counter::{DeleteGroupCounter, DeleteGroupCounterError};
pub use delete_group_member::{DeleteGroupMember, DeleteGroupMemberError};
pub use delete_group_msg_by_sender::{DeleteGroupMsgBySender, DeleteGroupMsgBySenderError};
pub use destroy_group::{DestroyGroup, DestroyGroupError};
pub use errors::GroupError;
pub use forbid_send_msg::{ForbidSendMsg, ForbidSendMsgError};
pub use get_appid_group_list::{AppGroupList, GetAppidGroupList, GetAppidGroupListError, GroupIdItem};
pub use get_group_attr::{GetGroupAttr, GetGroupAttrError, GroupAttrs};
pub use get_group_ban_member::{BannedMember, BannedMembers, GetGroupBanMember, GetGroupBanMemberError};
pub use get_group_counter::{GetGroupCounter, GetGroupCounterError, GroupCounters};
pub use get_group_info::{GetGroupInfo, GetGroupInfoError, GroupInfoFilter, GroupInfoList};
pub use get_group_member_info::{GetGroupMemberInfo, GetGroupMemberInfoError, GroupMemberPage};
pub use get_group_msg_receipt::{
    GetGroupMsgReceipt, GetGroupMsgReceiptError, GroupMsgReceipt, GroupMsgReceipts, MsgSeqItem,
};
pub use get_group_msg_receipt_detail::{
    GetGroupMsgReceiptDetail, GetGroupMsgReceiptDetailError, GroupMsgReceiptDetail, ReadMember, UnreadMember,
};
pub use get_group_muted_account::{
    GetGroupMutedAccount, GetGroupMutedAccountError, MutedMember, MutedMembers,
};
pub use get_joined_group_list::{
    GetJoinedGroupList, GetJoinedGroupListError, JoinedGroupFilter, JoinedGroups,
};
pub use get_online_member_num::{GetOnlineMemberNum, GetOnlineMemberNumError, OnlineMemberNum};
pub use get_role_in_group::{GetRoleInGroup, GetRoleInGroupError, UserRole, UserRoles};
pub use get_specified_group_member_info::{
    GetSpecifiedGroupMemberInfo, GetSpecifiedGroupMemberInfoError, SpecifiedMembers,
};
pub use group_msg_get_simple::{
    GroupHistoryMsg, GroupMsgGetSimple, GroupMsgGetSimpleError, GroupMsgHistory, HistoryCompleteness,
    MsgPriorityLevel, PlaceMsgState,
};
pub use group_msg_recall::{
    GroupMsgRecall, GroupMsgRecallError, GroupMsgRecallSeq, GroupRecallResult, GroupRecallResults,
};
pub use import_group::{ImportGroup, ImportGroupError, ImportedGroup};
pub use import_group_member::{
    ImportGroupMember, ImportGroupMemberError, ImportMemberResult, ImportedMember, ImportedMemberOutcome,
    ImportedMembers,
};
pub use import_group_msg::{
    ImportGroupMsg, ImportGroupMsgError, ImportGroupMsgResult, ImportGroupMsgResults, ImportedGroupMsg,
};
pub use import_topic::{ImportTopic, ImportTopicError, ImportedTopic};
pub use modify_group_attr::{ModifyGroupAttr, ModifyGroupAttrError, ModifyGroupAttrItem};
pub use modify_group_base_info::{ModifyGroupBaseInfo, ModifyGroupBaseInfoError};
pub use modify_group_member_info::{ModifyGroupMemberInfo, ModifyGroupMemberInfoError};
pub use send_broadcast_msg::{BroadcastMsgSent, SendBroadcastMsg, SendBroadcastMsgError};
pub use send_group_msg::{
    ForbidCallback, GroupAtInfo, GroupMsgPriority, GroupMsgSent, SendGroupMsg, SendGroupMsgError,
    SendMsgControl,
};
pub use send_group_system_notification::{SendGroupSystemNotification, SendGroupSystemNotificationError};
pub use set_group_attr::{SetGroupAttr, SetGroupAttrError};
pub use set_unread_msg_num::{SetUnreadMsgNum, SetUnreadMsgNumError};
pub use types::{
    AppDefinedData, ApplyJoinOption, GroupCounter, GroupInfo, GroupType, InviteJoinOption, MemberAccount,
    MemberInfo, MemberRole, MsgFlag, NewMember, OnOff, SelfInfo,
};
pub use unban_group_member::{UnbanGroupMember, UnbanGroupMemberError};
pub use update_group_counter::{
    CounterMode, UpdateGroupCounter, UpdateGroupCounterError, UpdatedGroupCounters,
};
