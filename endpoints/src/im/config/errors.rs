//! The error rows the global mute commands (`/v4/openconfigsvr/getnospeaking`, `setnospeaking`) share.
//!
//! Source: the pages' error tables, e.g. <https://www.tencentcloud.com/document/product/1047/34923>.
//! Unverified: the stored copies end where the tables begin; the rows follow the profile section of
//! the Error Codes page (<https://www.tencentcloud.com/document/product/1047/34348>) that the tables use.

crate::error_table! {
    /// The errors both global mute commands may answer.
    pub NoSpeakingError {
        40001 => InvalidParameter: "invalid request parameter; check required fields and their values",
        40003 => AccountNotFound: "the account is not imported into IM; import it first",
        40006 => InternalError: "internal server error; retry later",
    }
}
