//! `clearQuota`: `POST /cgi-bin/clear_quota`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/API_Call_Limits.html>.
//! Note: the interface name, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/openApi/clear_quota.html>: any permission set allows a
//! platform to call it for an account; 10 resets a month per account.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Resets the account's daily API call counts (10 times a month).
#[wx_endpoint(
    name = "clearQuota",
    path = "/cgi-bin/clear_quota",
    errors(
        use CommonError,
        40013 => InvalidAppid: "invalid appid, or not the appid of the access_token's account",
        48006 => ResetLimitReached: "this month's 10 resets are used up",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ClearQuota {
    /// The AppID of the account whose counts are reset.
    #[wx(non_empty)]
    pub appid: String,
}
