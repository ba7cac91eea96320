//! Content security: text, image and asynchronous media checks.

mod img_sec_check;
mod media_check_async;
mod msg_sec_check;
mod types;

pub use img_sec_check::{ImgSecCheck, ImgSecCheckError};
pub use media_check_async::{MediaCheckAsync, MediaCheckAsyncError, MediaCheckTask, SecMediaType};
pub use msg_sec_check::{MsgSecCheck, MsgSecCheckError, MsgSecCheckResult, SecDetail, SecResult};
pub use types::{SecLabel, SecScene, SecSuggest};
