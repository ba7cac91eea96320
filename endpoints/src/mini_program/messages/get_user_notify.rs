//! `getUserNotify`: `POST /wxa/get_user_notify`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/getUserNotify.html>.
//! Note: the facts and the error table were read on the newer page api_getusernotify.
//! Unverified: perm sets (the page names none).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// The state of a service card's code (`code_state`).
    pub enum NotifyCodeState: code {
        /// 0: normal.
        Normal = 0,
        /// 1: at risk.
        Risky = 1,
        /// 2: abnormal.
        Abnormal = 2,
        /// 10: the user refused this code.
        Refused = 10,
    }
}

/// Reads a service card's state for a user and notify code.
#[wx_endpoint(
    name = "getUserNotify",
    path = "/wxa/get_user_notify",
    response = UserNotify,
    idempotent,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        85431 => SystemError: "system busy; retry later",
        85434 => InvalidNotifyType: "invalid notify_type",
        85437 => NotifyCodeNotFound: "notify_code does not exist",
        85438 => NotifyCodeExpired: "notify_code expired",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUserNotify {
    /// The user's openid.
    #[wx(non_empty)]
    pub openid: String,
    /// The card's id.
    pub notify_type: u32,
    /// The update token.
    #[wx(non_empty)]
    pub notify_code: String,
}

/// The answer of `getUserNotify`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UserNotify {
    /// The card's state.
    pub notify_info: NotifyInfo,
}

/// A service card's state (`notify_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct NotifyInfo {
    /// The card's id.
    pub notify_type: u32,
    /// The last valid push's state and fields, JSON in a string (each card defines its own); empty when none.
    pub content_json: String,
    /// The code's state.
    pub code_state: Option<NotifyCodeState>,
    /// Unix time the code expires.
    pub code_expire_time: i64,
}
