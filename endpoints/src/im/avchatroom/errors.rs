//! The error codes the audio-video group commands share (`/v4/group_open_avchatroom_http_svc/...`).
//!
//! Source: the error tables of the command pages, which open with the same rows, e.g. checking
//! members <https://www.tencentcloud.com/document/product/1047/60523>, the administrator list
//! <https://www.tencentcloud.com/document/product/1047/60524> and setting administrators
//! <https://www.tencentcloud.com/document/product/1047/60525>.
//! Unverified: the stored copies of these tables break off after 10004 (10007 after `check_members`'
//! page); rows that may follow are not listed.

use crate::error_table;

error_table! {
    /// The errors the audio-video group commands share.
    pub AvChatRoomError {
        10001 => NotLoggedIn: "not logged in; check the admin account and its UserSig",
        10002 => InternalError: "system error; try again or contact support",
        10003 => InvalidCommand: "invalid request command; try again or contact support",
        10004 => InvalidParameter: "invalid parameter; check the required fields against the error information",
        10007 => NoPermission: "no permission, e.g. the group is not an AVChatRoom or the feature is not enabled",
    }
}
