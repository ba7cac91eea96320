//! `setUserNotifyExt`: `POST /wxa/set_user_notifyext`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/setUserNotifyExt.html>.
//! Note: `ext_json` is JSON in a string, sent as written (each card defines its own, e.g. `pay_info`,
//! `store_info`, themselves JSON strings). The facts and the error table were read on the newer page
//! api_setusernotifyext.
//! Unverified: perm sets (the page names none).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Updates the extended information of a user's service card.
#[wx_endpoint(
    name = "setUserNotifyExt",
    path = "/wxa/set_user_notifyext",
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        85431 => SystemError: "system busy; retry later",
        85434 => InvalidNotifyType: "invalid notify_type",
        85436 => NotifyCodeBanned: "notify_code is abnormal (banned)",
        85437 => NotifyCodeNotFound: "notify_code does not exist",
        85444 => PayInfoCheckFailed: "pay_info failed the check",
        85445 => StoreInfoCheckFailed: "store_info failed the check",
        85446 => ShippingListCheckFailed: "shipping_list failed the check",
        85447 => ProductListCheckFailed: "product_list failed the check",
        85461 => NotifyTypeDenied: "notify_type access was refused",
        85462 => AppDenied: "the Mini Program's access was refused",
        85470 => InvalidExtJson: "invalid ext_json",
        85471 => ExtJsonNotUtf8: "ext_json has non-UTF-8 characters",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetUserNotifyExt {
    /// The user's openid: the payer for a transaction-id code, else the user who tapped the button.
    #[wx(non_empty)]
    pub openid: String,
    /// The card's id.
    pub notify_type: u32,
    /// The update token.
    #[wx(non_empty)]
    pub notify_code: String,
    /// The extended information, JSON in a string (each card defines its own).
    #[wx(non_empty)]
    pub ext_json: String,
}
