//! The error table the moderation commands share.
//!
//! Source: adding blocked words to a cloud keyword library, the one page of the family whose
//! error table was read whole: <https://www.tencentcloud.com/document/product/1047/77831>.
//! Unverified: the other pages' tables were cut in the stored copies; the same rows are assumed.

use crate::error_table;

error_table! {
    /// The errors the moderation commands (`/v4/im_msg_audit/...`, `/v4/im_msg_audit_mgr/...`) may answer.
    pub AuditError {
        2001 => InternalError: "internal server error; try again",
        2002 => UnsupportedCommand: "this command is not supported yet",
        2003 => InvalidParameter: "invalid request parameters; fix them and retry",
        2004 => NoPermission: "this request has no permission",
        2015 => ModerationNotEnabled: "the moderation service is not enabled for this app",
    }
}
