//! The global codes every WeChat server API may answer, whatever its own document lists.
//!
//! Source: WeChat's common error code page, which lists them for every API:
//! <https://developers.weixin.qq.com/doc/store/API/basics/commErrCode.html> (`-1` system busy,
//! `40001` invalid credential); its texts for them read as a busy system ("retry later") and a
//! stale token ("access_token is invalid or not latest").

use crate::error_table;

error_table! {
    /// The global codes every WeChat endpoint may answer. The runtime already acts on them (a busy
    /// code is retried with backoff, a stale token is renewed once); they are typed for matching
    /// and counting.
    pub CommonError {
        -1 => SystemBusy: "system busy; retry later",
        40001 => InvalidCredential: "access_token invalid or not the latest; check the AppSecret or renew the token",
    }
}
