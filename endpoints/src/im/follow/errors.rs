//! The error table every follow command shares.
//!
//! Source: each command's official page, which prints the same seven rows, e.g. unfollowing users:
//! <https://www.tencentcloud.com/document/product/1047/70346>.

use crate::error_table;

error_table! {
    /// The errors every follow command (`/v4/follow/...`) may answer.
    pub FollowError {
        30001 => InvalidParameter: "invalid request parameter; check it against the error message",
        30002 => SdkAppIdMismatch: "the SDKAppID does not match",
        30003 => AccountNotFound: "the requested user account does not exist",
        30004 => AdminRequired: "the request needs the app administrator account",
        30005 => FollowNotEnabled: "the follow feature is not enabled; enable it in the console",
        30006 => InternalError: "internal server error; try again",
        30007 => Timeout: "network timeout; try again later",
    }
}
