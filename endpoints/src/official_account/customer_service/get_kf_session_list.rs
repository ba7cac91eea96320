//! `getkfsessionlist`: `GET /customservice/kfsession/getsessionlist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Session_control.html>.
//! Note: the interface name, permission sets, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/customer/messctrl/api_getkfsessionlist>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the sessions a customer-service account is serving.
#[wx_endpoint(
    name = "getkfsessionlist",
    path = "/customservice/kfsession/getsessionlist",
    method = GET,
    perm_sets = [1, 6, 100..=101],
    response = KfSessionList,
    errors(
        use CommonError,
        65401 => InvalidKfAccount: "invalid customer-service account",
        65402 => KfAccountNotBound: "the customer-service account is not bound to a WeChat user yet",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetKfSessionList {
    /// The full account, `prefix@official-account-wechat-id`.
    #[wx(non_empty)]
    pub kf_account: String,
}

/// The sessions returned by `getkfsessionlist`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct KfSessionList {
    /// The sessions.
    pub sessionlist: Vec<KfSessionItem>,
}

/// One session of a customer-service account.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct KfSessionItem {
    /// When the session was taken (Unix time).
    pub createtime: i64,
    /// The follower's OpenID.
    pub openid: String,
}
