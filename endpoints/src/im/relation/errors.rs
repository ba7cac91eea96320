//! The error table the relationship-chain (`/v4/sns/...`) commands share.
//!
//! Source: the commands' official pages, which repeat these rows, e.g. adding friends:
//! <https://www.tencentcloud.com/document/product/1047/34902> and importing friends:
//! <https://www.tencentcloud.com/document/product/1047/34903>.

use crate::error_table;

error_table! {
    /// The errors the relationship-chain commands share (per-account results carry the same codes).
    pub RelationError {
        30001 => InvalidParameter: "invalid request parameter; check the request against the error description",
        30002 => SdkAppIdMismatch: "the SDKAppID does not match",
        30003 => AccountNotFound: "the requested account does not exist; import it first",
        30004 => AdminRequired: "the request needs app administrator permissions",
        30006 => InternalError: "internal server error; try again",
        30007 => Timeout: "the request timed out; try again later",
        30008 => WriteConflict: "write conflict from concurrent writes to one user; batch a user's changes into one request",
        30010 => FriendListFull: "the user's friend list is full",
        30011 => TooManyFriendLists: "the user has reached the maximum number of friend lists (32)",
    }
}
