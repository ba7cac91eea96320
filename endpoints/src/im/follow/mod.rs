//! Follows and fans (`/v4/follow/...`); needs the Pro, Pro Plus or Enterprise edition and the
//! feature enabled in the console (30005 otherwise). Every command: POST, at most 200 calls per
//! second.

mod errors;
mod follow_add;
mod follow_check;
mod follow_delete;
mod follow_get;
mod follow_get_info;
mod types;

pub use errors::FollowError;
pub use follow_add::{FollowAdd, FollowAddError, FollowTarget};
pub use follow_check::{
    FollowCheck, FollowCheckError, FollowCheckResult, FollowCheckResults, FollowRelation,
};
pub use follow_delete::{FollowDelete, FollowDeleteError};
pub use follow_get::{
    FollowGet, FollowGetError, FollowListType, FollowPage, FollowProfileItem, FollowProfileValue,
    FollowedUser,
};
pub use follow_get_info::{FollowCount, FollowCounts, FollowGetInfo, FollowGetInfoError};
pub use types::{FollowResult, FollowResults};
