//! `cancelLocalOrder`: `POST /cgi-bin/express/local/business/order/cancel`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.cancelOrder.html>.
//! Note: the earlier page names it `cancelOrder`, as the logistics assistant's waybill call is named;
//! the current page (deliver-by-business/api_cancellocalorder) names it `cancelLocalOrder`.
//! Note: SF, Shansong and Meituan allow cancelling until delivered; Dada until picked up.

use super::{CancelReason, LocalOrderCancellation};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Cancels a delivery order.
#[wx_endpoint(
    name = "cancelLocalOrder",
    path = "/cgi-bin/express/local/business/order/cancel",
    perm_sets = [51, 71],
    response = LocalOrderCancellation,
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CancelLocalOrder {
    /// Merchant id: the appkey the delivery company assigned.
    pub shopid: String,
    /// The merchant's order id.
    pub shop_order_id: String,
    /// Delivery company id.
    pub delivery_id: String,
    /// Delivery order id (required by SF).
    pub waybill_id: Option<String>,
    /// Why the order is cancelled.
    pub cancel_reason_id: CancelReason,
    /// The reason in words, needed when `cancel_reason_id` is 6.
    pub cancel_reason: String,
    /// Store number; required by Shansong (the store id).
    pub shop_no: Option<String>,
    /// SHA1 check string made with the delivery company's appSecret.
    pub delivery_sign: String,
}
