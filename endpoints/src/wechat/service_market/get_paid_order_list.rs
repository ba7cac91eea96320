//! `get_paid_order_list`: `POST /wxa/servicemarket/get_paid_order_list`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/service_market/interface/value_added/servicemarket_get_paid_order_list.html>.
//! Note: the page names no interface; the name is the path's last segment. The token is the platform's component_access_token
//! (design-tool services use the service platform's enterprise homepage token instead).
//! Unverified: per-endpoint error table not captured; `buyer_type` is marked required but documented with a default of 1 (kept optional).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the paid orders of the provider's services, for a Mini Program or a user buyer.
#[wx_endpoint(
    name = "get_paid_order_list",
    path = "/wxa/servicemarket/get_paid_order_list",
    credential = component,
    credential_param = access_token,
    response = PaidOrders,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPaidOrderList {
    /// The service's id (64-bit); 0 lists every service. Sent as a number; read from a number or a string.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub service_id: u64,
    /// The buying Mini Program's AppID; required when `buyer_type` is 1.
    pub appid: Option<String>,
    /// The position of the first order.
    pub offset: u32,
    /// How many orders to return.
    pub limit: u32,
    /// The buying user's OpenID on the service platform; required when `buyer_type` is 2.
    pub openid: Option<String>,
    /// 1 a Mini Program (default), 2 a WeChat user.
    #[wx(one_of = [1, 2])]
    pub buyer_type: Option<u8>,
}

/// The orders, as `get_paid_order_list` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PaidOrders {
    /// The orders.
    pub order_list: Vec<PaidOrder>,
}

/// One paid order.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PaidOrder {
    /// The order's id (64-bit).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub order_id: u64,
    /// When it takes effect (Unix seconds).
    pub effective_time: i64,
    /// When it expires (Unix seconds).
    pub expire_time: i64,
    /// The specification's id.
    pub specification_id: String,
    /// The service's id (64-bit).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub service_id: u64,
    /// The amount, in fen.
    pub total_price: i64,
    /// The buyer's phone number; design services only.
    pub phone: String,
}
