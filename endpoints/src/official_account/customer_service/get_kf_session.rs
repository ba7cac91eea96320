//! `getkfsession`: `GET /customservice/kfsession/getsession`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Session_control.html>.
//! Note: the interface name, permission sets, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/customer/messctrl/api_getkfsession>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a follower's session: which customer-service account serves it, empty when none.
#[wx_endpoint(
    name = "getkfsession",
    path = "/customservice/kfsession/getsession",
    method = GET,
    perm_sets = [1, 6, 100..=101],
    response = KfSession,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid: not a follower of this account",
        65400 => NewKfNotEnabled: "the new customer service is not enabled (or the upgrade is still in progress)",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetKfSession {
    /// The follower's OpenID.
    #[wx(non_empty)]
    pub openid: String,
}

/// A follower's session, as `getkfsession` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct KfSession {
    /// When the session was taken (Unix time).
    pub createtime: i64,
    /// The serving account; empty when nobody serves the follower.
    pub kf_account: String,
}
