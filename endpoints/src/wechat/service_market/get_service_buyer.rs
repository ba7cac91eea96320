//! `get_service_buyer`: `POST /wxa/servicemarket/service/get_service_buyer`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/service_market/interface/value_added/servicemarket_get_service_buyer.html>.
//! Note: the page names no interface; the name is the path's last segment. The token is the platform's component_access_token
//! (other than mini store services, the service platform's enterprise homepage token).
//! Unverified: per-endpoint error table not captured.

use super::ServiceBuyer;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads how long a buyer's bought specifications of a service remain valid.
#[wx_endpoint(
    name = "get_service_buyer",
    path = "/wxa/servicemarket/service/get_service_buyer",
    credential = component,
    credential_param = access_token,
    response = ServiceBuyerAnswer,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetServiceBuyer {
    /// The service's id (64-bit). Sent as a number; read from a number or a string.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub service_id: u64,
    /// The buying Mini Program's AppID; required when `buyer_type` is 1.
    pub appid: Option<String>,
    /// The buying user's OpenID on the service platform; required when `buyer_type` is 2.
    pub openid: Option<String>,
    /// 1 a Mini Program (default), 2 a WeChat user.
    #[wx(one_of = [1, 2])]
    pub buyer_type: Option<u8>,
}

/// The answer of `get_service_buyer`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ServiceBuyerAnswer {
    /// The buyer and its specifications.
    pub buyer: ServiceBuyer,
}
