//! Push to all users (`/v4/all_member_push/...`): pushes to everyone or by user attribute or tag,
//! and the attribute and tag management behind them. Ultimate edition (Pro, Pro Plus and
//! Enterprise on the newer pages), enabled in the console. The management commands allow at most
//! 100 calls per second; `im_push` 100 a day by default, more than one second apart.

mod errors;
mod im_add_tag;
mod im_get_attr;
mod im_get_attr_name;
mod im_get_tag;
mod im_push;
mod im_remove_all_tags;
mod im_remove_attr;
mod im_remove_tag;
mod im_set_attr;
mod im_set_attr_name;
mod types;

pub use errors::AllMemberPushError;
pub use im_add_tag::{ImAddTag, ImAddTagError};
pub use im_get_attr::{ImGetAttr, ImGetAttrError, UserAttrList};
pub use im_get_attr_name::{AttrNames, ImGetAttrName, ImGetAttrNameError};
pub use im_get_tag::{ImGetTag, ImGetTagError, UserTagList};
pub use im_push::{ImPush, ImPushError, PushTask};
pub use im_remove_all_tags::{ImRemoveAllTags, ImRemoveAllTagsError};
pub use im_remove_attr::{ImRemoveAttr, ImRemoveAttrError};
pub use im_remove_tag::{ImRemoveTag, ImRemoveTagError};
pub use im_set_attr::{ImSetAttr, ImSetAttrError};
pub use im_set_attr_name::{ImSetAttrName, ImSetAttrNameError};
pub use types::{PushCondition, UserAttrNames, UserAttrs, UserTags};
