//! `setUserNotify`: `POST /wxa/set_user_notify`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/setUserNotify.html>.
//! Note: `content_json` and `check_json` are JSON in strings, sent as written (each card defines its
//! own `content_json`; `check_json` is `{"pay_amount", "pay_time", "pay_channel"}`). When the
//! notify code is a WeChat Pay transaction id it may take a minute to become valid. The facts and
//! the error table were read on the newer page api_setusernotify.
//! Unverified: perm sets (the page names none).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Activates or updates a user's service card.
#[wx_endpoint(
    name = "setUserNotify",
    path = "/wxa/set_user_notify",
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        85431 => SystemError: "system busy; retry later",
        85433 => InvalidCheckJson: "invalid check_json",
        85434 => InvalidNotifyType: "invalid notify_type",
        85435 => InvalidContentJson: "invalid content_json",
        85436 => NotifyCodeBanned: "notify_code is abnormal (banned)",
        85437 => NotifyCodeNotFound: "notify_code does not exist",
        85438 => NotifyCodeExpired: "notify_code expired",
        85439 => InvalidContentState: "content_json has an invalid state",
        85440 => ContentFieldMissing: "content_json misses a required field",
        85441 => ContentFieldFormat: "a content_json field is malformed",
        85442 => ContentBlocked: "content_json failed the security review",
        85443 => ContentNotUtf8: "content_json has non-UTF-8 characters",
        85448 => NotifyCodeUsed: "notify_code was already pushed",
        85449 => NotifyCodeLocked: "notify_code is being updated and locked; retry later",
        85461 => NotifyTypeDenied: "notify_type access was refused",
        85462 => AppDenied: "the Mini Program's access was refused",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetUserNotify {
    /// The user's openid: the payer for a transaction-id code, else the user who tapped the button.
    #[wx(non_empty)]
    pub openid: String,
    /// The card's id.
    pub notify_type: u32,
    /// The update token.
    #[wx(non_empty)]
    pub notify_code: String,
    /// The card's state and fields, JSON in a string (each card defines its own).
    #[wx(non_empty)]
    pub content_json: String,
    /// For a transaction-id code, on activation: `{"pay_amount", "pay_time", "pay_channel"}` JSON in a string.
    pub check_json: Option<String>,
}
