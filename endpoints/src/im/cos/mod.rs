//! Chat file moderation (`/v4/im_cos_msg/...`): ban and unban rich-media files of chat messages and
//! get their signed URLs. POST; the pages were not found, see each command's notes.

mod allow_banned_object;
mod forbid_illegal_object;
mod get_cos_sig;

pub use allow_banned_object::{AllowBannedObject, AllowBannedObjectError};
pub use forbid_illegal_object::{ForbidIllegalObject, ForbidIllegalObjectError};
pub use get_cos_sig::{CosFile, CosFileStatus, CosSignature, CosSignatures, GetCosSig, GetCosSigError};
