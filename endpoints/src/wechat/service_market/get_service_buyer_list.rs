//! `get_service_buyer_list`: `POST /wxa/servicemarket/service/get_service_buyer_list`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/service_market/interface/value_added/servicemarket_get_service_buyer_list.html>.
//! Note: the page names no interface; the name is the path's last segment. The token is the platform's component_access_token
//! (other than mini store services, the service platform's enterprise homepage token).
//! Unverified: per-endpoint error table not captured.

use super::ServiceBuyer;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists a service's buyers with the validity of their bought specifications.
#[wx_endpoint(
    name = "get_service_buyer_list",
    path = "/wxa/servicemarket/service/get_service_buyer_list",
    credential = component,
    credential_param = access_token,
    response = ServiceBuyers,
    idempotent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetServiceBuyerList {
    /// The service's id (64-bit). Sent as a number; read from a number or a string.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub service_id: u64,
    /// The position of the first buyer.
    pub offset: u32,
    /// How many buyers to return, at most 10.
    #[wx(range = 1..=10)]
    pub limit: u32,
    /// 1 Mini Programs (default), 2 WeChat users.
    #[wx(one_of = [1, 2])]
    pub buyer_type: Option<u8>,
}

/// The buyers, as `get_service_buyer_list` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ServiceBuyers {
    /// The buyers and their specifications.
    pub buyer_list: Vec<ServiceBuyer>,
}
