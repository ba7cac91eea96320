//! The WeChat service market: results of asynchronous service calls, and, for service providers, paid orders, buyers' validity and login verification.

use serde::Deserialize;

mod get_paid_order_list;
mod get_service_buyer;
mod get_service_buyer_list;
mod login_auth;
mod retrieve;

pub use get_paid_order_list::{GetPaidOrderList, GetPaidOrderListError, PaidOrder, PaidOrders};
pub use get_service_buyer::{GetServiceBuyer, GetServiceBuyerError, ServiceBuyerAnswer};
pub use get_service_buyer_list::{GetServiceBuyerList, GetServiceBuyerListError, ServiceBuyers};
pub use login_auth::{LoginAuth, LoginAuthError, ServiceLogin};
pub use retrieve::{Retrieve, RetrieveError, RetrievedResult};

/// A buyer of a service and the validity of each specification it bought (`ServiceBuyerInfo`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ServiceBuyer {
    /// The buying Mini Program's AppID (when `buyer_type` is 1).
    pub appid: String,
    /// The service's id (a number; read from a string too).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub service_id: u64,
    /// The bought specifications and their expiry.
    pub spec_list: Vec<ServiceSpec>,
    /// The buying user's OpenID on the service platform (when `buyer_type` is 2).
    pub openid: String,
}

/// One bought specification (`ServiceBuyerInfoItem`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ServiceSpec {
    /// The specification's id.
    pub specification_id: String,
    /// When it expires (Unix seconds).
    pub expire_time: i64,
}
