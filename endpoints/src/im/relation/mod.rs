//! Relationship chains (`/v4/sns/...`): friends, blocklists and friend lists (`group_*` commands
//! manage friend lists, not chat groups). Every command: POST, at most 200 calls per second.

mod black_list_add;
mod black_list_check;
mod black_list_delete;
mod black_list_get;
mod errors;
mod friend_add;
mod friend_check;
mod friend_delete;
mod friend_delete_all;
mod friend_get;
mod friend_get_list;
mod friend_import;
mod friend_update;
mod group_add;
mod group_delete;
mod group_get;
mod types;

pub use black_list_add::{BlackListAdd, BlackListAddError};
pub use black_list_check::{BlackListCheck, BlackListCheckError, BlackListCheckItem, BlackListCheckResults};
pub use black_list_delete::{BlackListDelete, BlackListDeleteError};
pub use black_list_get::{BlackListGet, BlackListGetError, BlackListPage, BlockedUser};
pub use errors::RelationError;
pub use friend_add::{AddFriendItem, FriendAdd, FriendAddError};
pub use friend_check::{FriendCheck, FriendCheckError, FriendCheckItem, FriendCheckResults};
pub use friend_delete::{FriendDelete, FriendDeleteError};
pub use friend_delete_all::{FriendDeleteAll, FriendDeleteAllError};
pub use friend_get::{FriendData, FriendGet, FriendGetError, FriendPage};
pub use friend_get_list::{FriendGetList, FriendGetListError, FriendInfo, FriendInfoList};
pub use friend_import::{FriendImport, FriendImportError, ImportFriendItem};
pub use friend_update::{FriendUpdate, FriendUpdateError, FriendUpdateItem};
pub use group_add::{FriendGroupAdd, FriendGroupAddError, FriendGroupAdded};
pub use group_delete::{FriendGroupDelete, FriendGroupDeleteError, FriendGroupDeleted};
pub use group_get::{FriendGroupGet, FriendGroupGetError, FriendGroupInfo, FriendGroups};
pub use types::{
    AccountResult, AccountResults, Acknowledged, AddType, BlackCheckType, BlackRelation, DeleteType,
    FriendCheckType, FriendRelation, NeedFriend, SnsItem, SnsValue,
};
