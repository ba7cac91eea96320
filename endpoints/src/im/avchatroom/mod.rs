//! Audio-video (live streaming) groups (`/v4/group_open_avchatroom_http_svc/...`): online members,
//! member marks and administrators of AVChatRoom groups. Most commands need the Premium (Pro)
//! edition with the audio-video group online member list enabled in the console. Every command:
//! POST, at most 200 calls per second.

mod check_members;
mod errors;
mod get_admin_list;
mod get_members;
mod modify_admin;
mod modify_user_info;

pub use check_members::{CheckMembers, CheckMembersError, MembersInGroup};
pub use errors::AvChatRoomError;
pub use get_admin_list::{Admin, AdminList, GetAdminList, GetAdminListError};
pub use get_members::{GetMembers, GetMembersError, OnlineMember, OnlineMemberPage};
pub use modify_admin::{ModifyAdmin, ModifyAdminError};
pub use modify_user_info::{MemberMarks, MemberMarksResult, ModifyUserInfo, ModifyUserInfoError};
