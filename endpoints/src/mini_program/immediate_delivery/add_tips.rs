//! `addTips`: `POST /cgi-bin/express/local/business/order/addtips`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.addTip.html>.
//! Note: before a rider accepts; the latest tip counts, so each must exceed the last. SF: at most 10
//! times, 200 yuan; Shansong: fixed steps 2, 3, 5, 10, 15, 20, 50, 100; Meituan: none; Dada: at most 30 yuan, not above the goods value.

use super::DeliveryResult;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds a tip to a delivery order no rider has accepted yet.
#[wx_endpoint(
    name = "addTips",
    path = "/cgi-bin/express/local/business/order/addtips",
    perm_sets = [51, 71],
    response = DeliveryResult,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddTips {
    /// Merchant id: the appkey the delivery company assigned.
    pub shopid: String,
    /// The merchant's order id.
    pub shop_order_id: String,
    /// Delivery order id.
    pub waybill_id: String,
    /// Tip in yuan; each company has its own maximum.
    pub tips: f64,
    /// Remark.
    pub remark: String,
    /// SHA1 check string made with the delivery company's appSecret.
    pub delivery_sign: String,
    /// Store number registered with the delivery company; required by Shansong (the store id).
    pub shop_no: Option<String>,
}
