//! The error table the push-to-all-users commands share.
//!
//! Source: the commands' official pages, which print these rows (each page a subset), e.g.
//! setting user attributes: <https://www.tencentcloud.com/document/product/1047/37170>.

use crate::error_table;

error_table! {
    /// The errors the push-to-all-users commands (`/v4/all_member_push/...`) may answer.
    pub AllMemberPushError {
        90001 => JsonParseFailed: "the request body is not valid JSON; fix it and retry",
        90009 => AdminRequired: "the request needs the app administrator account",
        90018 => TooManyAccounts: "too many accounts in the request; send at most 100 per call",
        90033 => InvalidAttribute: "invalid attribute; use only the app's attribute names",
        91000 => InternalError: "internal service error; try again",
    }
}
