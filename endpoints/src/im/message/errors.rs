//! The error rows every one-to-one message command (`/v4/openim/...`) may answer.
//!
//! Source: the IM "Error Codes" page, section "Message error codes":
//! <https://www.tencentcloud.com/document/product/1047/34348>.
//! Unverified: the stored copies of most command pages end before their error tables; these rows are
//! the message section's generic rows (JSON parsing, admin permission, internal errors), which the
//! visible tables (e.g. `admin_set_msg_read`, `admin_msgwithdraw`) share.

crate::error_table! {
    /// The errors every one-to-one message command may answer.
    pub OpenimError {
        20004 => NetworkError: "network error; retry",
        20005 => ServerError: "internal server error; retry",
        90001 => JsonParseFailed: "the request body is not valid JSON; check it with a JSON linter",
        90009 => AdminRequired: "needs the app administrator: the identifier must be an admin account",
        90994 => InternalServiceError: "internal service error; retry, and contact support if it persists",
        90995 => InternalServerError: "internal error (message too long?); shorten it or contact support",
        91000 => InternalError: "internal server error; retry, and contact support if it persists",
    }
}
