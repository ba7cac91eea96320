//! The error table every official-account command shares.
//!
//! Source: each command's official page, which prints the same nine rows, e.g. terminating an
//! account: <https://www.tencentcloud.com/document/product/1047/60756>.

use crate::error_table;

error_table! {
    /// The errors every official-account command may answer.
    pub OfficialAccountError {
        6017 => InvalidParameter: "invalid request parameter; modify and retry",
        10004 => InternalError: "internal server error; try again",
        20001 => InvalidPacket: "invalid request packet; modify and retry",
        20005 => ServerError: "internal server error; try again",
        130002 => InsufficientPermission: "insufficient operation permissions; check the request parameters against the error message",
        130004 => AccountNotFound: "the official account does not exist, or existed and was terminated",
        130007 => InvalidAccountId: "incorrect official account user ID; modify and retry",
        130008 => AccountIdTaken: "the official account user ID is already in use; modify and retry",
        131000 => ServiceNotEnabled: "the official account service is not enabled for this app; enable it and retry",
    }
}
