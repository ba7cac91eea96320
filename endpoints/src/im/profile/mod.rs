//! User profiles (`/v4/profile/...`): standard (`Tag_Profile_IM_...`) and custom
//! (`Tag_Profile_Custom_...`) fields. Every command: POST, at most 200 calls per second.

mod errors;
mod portrait_get;
mod portrait_set;
mod types;

pub use errors::ProfileError;
pub use portrait_get::{PortraitGet, PortraitGetError, Portraits, UserProfile};
pub use portrait_set::{PortraitSet, PortraitSetError};
pub use types::{Acknowledged, AdminForbidType, AllowType, Gender, ProfileItem, ProfileValue};
