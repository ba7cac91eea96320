//! The error codes the group commands share (`/v4/group_open_http_svc/...`).
//!
//! Source: the error tables of the group command pages, which repeat these rows; e.g. adding group
//! members <https://www.tencentcloud.com/document/product/1047/34921>, getting group profiles
//! <https://www.tencentcloud.com/document/product/1047/34961> and creating a group
//! <https://www.tencentcloud.com/document/product/1047/34895>. Codes a single page lists stay
//! that command's own rows.

use crate::error_table;

error_table! {
    /// The errors the group commands share.
    pub GroupError {
        10002 => InternalError: "internal server error; try again",
        10003 => InvalidCommand: "invalid command word; try again or contact support",
        10004 => InvalidParameter: "invalid parameter; check the required fields against the error information",
        10005 => TooManyMembers: "too many member accounts in the request; send fewer at a time",
        10007 => NoPermission: "no permission for this operation (not an app admin, or the group type does not allow it)",
        10010 => GroupNotFound: "the group does not exist, or existed and was disbanded",
        10015 => InvalidGroupId: "invalid group ID; check it",
        10016 => RejectedByCallback: "the app backend rejected the operation through a webhook",
        10018 => ResponseTooLarge: "the response would exceed 1 MB; request less data at a time (page with Limit/Offset)",
    }
}
