//! `closeSession`: `POST /customservice/kfsession/close`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Session_control.html>.
//! Note: the interface name, permission sets and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/customer/messctrl/api_closesession>; the older page's
//! shared table adds 65400, 65401 and 65402.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Closes a customer-service session.
#[wx_endpoint(
    name = "closeSession",
    path = "/customservice/kfsession/close",
    perm_sets = [1, 6, 100..=101],
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid: not a follower of this account",
        65400 => NewKfNotEnabled: "the new customer service is not enabled (or the upgrade is still in progress)",
        65401 => InvalidKfAccount: "invalid customer-service account",
        65402 => KfAccountNotBound: "the customer-service account is not bound to a WeChat user yet",
        65413 => NoSession: "the follower has no session",
        65414 => ServedByAnotherWorker: "another customer-service worker is serving the follower",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CloseSession {
    /// The full account, `prefix@official-account-wechat-id`.
    #[wx(non_empty)]
    pub kf_account: String,
    /// The follower's OpenID.
    #[wx(non_empty)]
    pub openid: String,
}
