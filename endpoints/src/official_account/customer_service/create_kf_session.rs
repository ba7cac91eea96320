//! `createkfsession`: `POST /customservice/kfsession/create`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Session_control.html>.
//! Note: the interface name, permission sets and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/customer/messctrl/api_createkfsession>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Opens a session between a customer-service account (bound and online) and a follower; an existing one answers success.
#[wx_endpoint(
    name = "createkfsession",
    path = "/customservice/kfsession/create",
    perm_sets = [1, 6, 100..=101],
    errors(
        use CommonError,
        65400 => NewKfNotEnabled: "the new customer service is not enabled (or the upgrade is still in progress)",
        65401 => InvalidKfAccount: "invalid customer-service account",
        65402 => KfAccountNotBound: "the customer-service account is not bound to a WeChat user yet",
        65415 => WorkerOffline: "the customer-service worker is not online",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateKfSession {
    /// The full account, `prefix@official-account-wechat-id`.
    #[wx(non_empty)]
    pub kf_account: String,
    /// The follower's OpenID.
    #[wx(non_empty)]
    pub openid: String,
}
