//! `getLocalOrder`: `POST /cgi-bin/express/local/business/order/get`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.getOrder.html>.
//! Note: the earlier page names it `getOrder`, as the logistics assistant's waybill call is named;
//! the current page (deliver-by-business/api_getlocalorder) names it `getLocalOrder`.

use super::LocalOrderStatus;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a delivery order's status and rider.
#[wx_endpoint(
    name = "getLocalOrder",
    path = "/cgi-bin/express/local/business/order/get",
    perm_sets = [51, 71],
    response = LocalOrder,
    errors(
        use CommonError,
        930555 => WechatSystemError: "WeChat platform system error",
        930556 => DeliveryTimeout: "the delivery company timed out",
        930557 => DeliverySystemError: "the delivery company's system failed",
        930558 => DeliveryLogicError: "the delivery company's logic failed",
        930559 => InvalidOpenid: "invalid openid",
        930560 => ShopNotBound: "the merchant id is not bound",
        930561 => InvalidArguments: "invalid arguments",
        930562 => OrderExists: "the delivery order already exists",
        930563 => OrderNotFound: "the delivery order does not exist",
        930564 => NoQuota: "no call quota",
        930565 => OrderFinished: "the delivery order has ended",
        9300535 => InvalidShop: "shop's thumbnail URL or goods name is empty or invalid, or the goods count is 0",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetLocalOrder {
    /// Merchant id: the appkey the delivery company assigned.
    pub shopid: String,
    /// The merchant's order id.
    pub shop_order_id: String,
    /// Store number registered with the delivery company; may be left out with a single store.
    pub shop_no: Option<String>,
    /// SHA1 check string made with the delivery company's appSecret.
    pub delivery_sign: String,
}

/// A delivery order returned by `getLocalOrder`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LocalOrder {
    /// The delivery company's code; 0 is success.
    pub resultcode: i64,
    /// The delivery company's message.
    pub resultmsg: String,
    /// The order's status.
    pub order_status: Option<LocalOrderStatus>,
    /// Delivery order id.
    pub waybill_id: String,
    /// The rider's name.
    pub rider_name: String,
    /// The rider's phone.
    pub rider_phone: String,
    /// The rider's longitude, while delivering.
    pub rider_lng: f64,
    /// The rider's latitude, while delivering.
    pub rider_lat: f64,
    /// Seconds until delivery, while delivering (300 for five minutes).
    pub reach_time: i64,
}
