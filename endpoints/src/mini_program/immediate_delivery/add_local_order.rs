//! `addLocalOrder`: `POST /cgi-bin/express/local/business/order/add`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.addOrder.html>.
//! Note: the earlier page names it `addOrder`, as the logistics assistant's waybill call is named;
//! the current page (deliver-by-business/api_addlocalorder) names it `addLocalOrder`.
//! Note: `delivery_sign` is SHA1(shopid + shop_order_id + AppSecret) with the delivery company's appkey and secret.
//! Note: the current page's return table spells the insurance fee `insurancfee`; the sample `insurancefee` (both are read).

use super::{LocalCargo, LocalOrderFee, LocalOrderInfo, LocalOrderParty, LocalShop};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Places a delivery order with a delivery company.
#[wx_endpoint(
    name = "addLocalOrder",
    path = "/cgi-bin/express/local/business/order/add",
    perm_sets = [51, 71],
    response = LocalOrderFee,
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
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddLocalOrder {
    /// Token from `preAddOrder` keeping the quoted fee for a while (Dada).
    pub delivery_token: Option<String>,
    /// Merchant id: the appkey the delivery company assigned.
    pub shopid: String,
    /// The merchant's order id, unique, at most 128 bytes.
    #[wx(max_bytes = 128)]
    pub shop_order_id: String,
    /// Store number registered with the delivery company; required by Meituan and Shansong (the store id).
    pub shop_no: Option<String>,
    /// SHA1 check string made with the delivery company's appSecret.
    pub delivery_sign: String,
    /// Delivery company id.
    pub delivery_id: String,
    /// The ordering user's openid.
    pub openid: String,
    /// The sender; required by SF, optional for Meituan, Dada and Shansong when `shop_no` is given.
    pub sender: Option<LocalOrderParty>,
    /// The receiver.
    pub receiver: LocalOrderParty,
    /// The goods.
    pub cargo: LocalCargo,
    /// Order options.
    pub order_info: LocalOrderInfo,
    /// The goods shown in the logistics notification.
    pub shop: LocalShop,
    /// Sub-merchant id, to tell a Mini Program's sub-merchants apart.
    pub sub_biz_id: Option<String>,
}
