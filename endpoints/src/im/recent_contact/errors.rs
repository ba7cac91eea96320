//! The error table the conversation (`/v4/recentcontact/...`) commands share.
//!
//! Source: the commands' official pages, e.g. pulling a conversation list:
//! <https://www.tencentcloud.com/document/product/1047/43087> (50001-50005), and the conversation
//! group pages, e.g. <https://www.tencentcloud.com/document/product/1047/53437> (51008).

use crate::error_table;

error_table! {
    /// The errors the conversation commands share.
    pub RecentContactError {
        50001 => AccountNotImported: "the requested UserID has not been imported into Chat; import it first",
        50002 => InvalidParameter: "invalid request parameter; check the request against the error description",
        50003 => AdminRequired: "the request needs app administrator permissions",
        50004 => InternalError: "internal server error; try again",
        50005 => Timeout: "network timeout; try again later",
        51008 => ContactLimitExceeded: "more than 1000 conversations grouped or marked; remove some first",
    }
}
