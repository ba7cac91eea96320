//! `abnormalConfirm`: `POST /cgi-bin/express/local/business/order/confirm_return`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.abnormalConfirm.html>.

use super::DeliveryResult;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Confirms the merchant received goods a rider brought back after a failed delivery.
#[wx_endpoint(
    name = "abnormalConfirm",
    path = "/cgi-bin/express/local/business/order/confirm_return",
    perm_sets = [51, 71],
    response = DeliveryResult,
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
pub struct AbnormalConfirm {
    /// Merchant id: the appkey the delivery company assigned.
    pub shopid: String,
    /// The merchant's order id.
    pub shop_order_id: String,
    /// Store number; required by Shansong (the store id).
    pub shop_no: Option<String>,
    /// Delivery order id.
    pub waybill_id: String,
    /// Remark.
    pub remark: Option<String>,
    /// SHA1 check string made with the delivery company's appSecret.
    pub delivery_sign: String,
}
