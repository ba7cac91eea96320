//! `login_auth`: `POST /wxa/servicemarket/service/login_auth`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/service_market/interface/value_added/servicemarket_login_auth.html>.
//! Note: the page names no interface; the name is the path's last segment.
//! Unverified: the page does not say which token; the platform's component_access_token is assumed, as for the sibling value-added service calls. Error table not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Verifies the login `code` the service market passes to the provider's page, and tells which order and buyer it belongs to.
#[wx_endpoint(
    name = "login_auth",
    path = "/wxa/servicemarket/service/login_auth",
    credential = component,
    credential_param = access_token,
    response = ServiceLogin,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct LoginAuth {
    /// The login code carried by the service market's jump.
    pub code: String,
}

/// The verified login, as `login_auth` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ServiceLogin {
    /// The order's id (64-bit).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub order_id: u64,
    /// The buying user's OpenID; only when a WeChat user bought.
    pub openid: String,
    /// The buying Mini Program's AppID; only when a Mini Program bought.
    pub appid: String,
    /// The service's id (64-bit).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub service_id: u64,
    /// The SKU's id.
    pub sku_id: String,
    /// The specification's id.
    pub spec_id: String,
}
