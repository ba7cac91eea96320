//! `preAddOrder`: `POST /cgi-bin/express/local/business/order/pre_add`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.preAddOrder.html>.
//! Note: optional before `addLocalOrder`: SF and Shansong quote fee, distance and acceptance time;
//! Meituan answers only 0 when the order is acceptable; Dada also returns `delivery_token` (valid 3 minutes).
//! Note: the current page's return table spells the coupon `couponFee`, its sample `couponfee` (both are read).
//! Note: the current page's table marks `shop_no` and `sub_biz_id` required; the earlier page marks `sub_biz_id` optional.

use super::{LocalCargo, LocalOrderFee, LocalOrderInfo, LocalOrderParty, LocalShop};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Asks a delivery company whether it can take an order, and at what fee and acceptance time.
#[wx_endpoint(
    name = "preAddOrder",
    path = "/cgi-bin/express/local/business/order/pre_add",
    perm_sets = [51, 71],
    response = LocalOrderFee,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct PreAddOrder {
    /// Merchant id: the appkey the delivery company assigned.
    pub shopid: String,
    /// The merchant's order id, unique, at most 128 bytes.
    #[wx(max_bytes = 128)]
    pub shop_order_id: String,
    /// Store number registered with the delivery company; required by Meituan and Shansong.
    pub shop_no: Option<String>,
    /// SHA1 check string made with the delivery company's appSecret.
    pub delivery_sign: String,
    /// Delivery company id.
    pub delivery_id: String,
    /// The ordering user's openid.
    pub openid: String,
    /// The sender; required by Shansong and SF, optional for Meituan and Dada when `shop_no` is given.
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
