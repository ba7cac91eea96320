//! The error table the profile (`/v4/profile/...`) commands share.
//!
//! Source: both commands' official pages, e.g. pulling profiles:
//! <https://www.tencentcloud.com/document/product/1047/34917> and setting profiles:
//! <https://www.tencentcloud.com/document/product/1047/34916>.

use crate::error_table;

error_table! {
    /// The errors both profile commands may answer.
    pub ProfileError {
        40001 => InvalidParameter: "invalid request parameter; check the request against the error description",
        40003 => AccountNotFound: "the requested account does not exist; import it first",
        40004 => AdminRequired: "the request needs app administrator permissions",
        40006 => InternalError: "internal server error; try again later",
        40009 => TagNotFound: "the profile field tag does not exist; apply for custom fields in the console first",
    }
}
