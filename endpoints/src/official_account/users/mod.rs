//! Followers: tags, tagging, blacklist, remarks, follower lists and basic information.

mod batch_blacklist;
mod batch_tagging;
mod batch_unblacklist;
mod batch_untagging;
mod batch_userinfo;
mod create_tag;
mod delete_tag;
mod follower_info;
mod get_blacklist;
mod get_fans;
mod get_tag_fans;
mod get_tagid_list;
mod get_tags;
mod openid_page;
mod tag;
mod update_remark;
mod update_tag;
mod user_info;

pub use batch_blacklist::{BatchBlacklist, BatchBlacklistError};
pub use batch_tagging::{BatchTagging, BatchTaggingError};
pub use batch_unblacklist::{BatchUnblacklist, BatchUnblacklistError};
pub use batch_untagging::{BatchUntagging, BatchUntaggingError};
pub use batch_userinfo::{BatchUserinfo, BatchUserinfoError, FollowerInfoList, UserInfoQuery};
pub use create_tag::{CreateTag, CreateTagError, CreatedTag, NewTag};
pub use delete_tag::{DeleteTag, DeleteTagError, TagToDelete};
pub use follower_info::{FollowerInfo, Lang, SubscribeScene};
pub use get_blacklist::{GetBlacklist, GetBlacklistError};
pub use get_fans::{GetFans, GetFansError};
pub use get_tag_fans::{GetTagFans, GetTagFansError};
pub use get_tagid_list::{GetTagidList, GetTagidListError, TagIdList};
pub use get_tags::{GetTags, GetTagsError, TagList};
pub use openid_page::{OpenidData, OpenidPage};
pub use tag::Tag;
pub use update_remark::{UpdateRemark, UpdateRemarkError};
pub use update_tag::{TagUpdate, UpdateTag, UpdateTagError};
pub use user_info::{UserInfo, UserInfoError};
