//! `preCancelOrder`: `POST /cgi-bin/express/local/business/order/precancel`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.preCancelOrder.html>.
//! Unverified: perm sets 51 and 71, read on this family's other pages, not this one.

use super::{CancelReason, LocalOrderCancellation};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Asks what cancelling a delivery order would cost, without cancelling it.
#[wx_endpoint(
    name = "preCancelOrder",
    path = "/cgi-bin/express/local/business/order/precancel",
    perm_sets = [51, 71],
    response = LocalOrderCancellation,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct PreCancelOrder {
    /// Merchant id: the appkey the delivery company assigned.
    pub shopid: String,
    /// The merchant's order id.
    pub shop_order_id: String,
    /// Delivery company id.
    pub delivery_id: String,
    /// Delivery order id.
    pub waybill_id: String,
    /// Why the order would be cancelled.
    pub cancel_reason_id: Option<CancelReason>,
    /// The reason in words.
    pub cancel_reason: Option<String>,
    /// Store number; required by Shansong (the store id).
    pub shop_no: Option<String>,
    /// SHA1 check string made with the delivery company's appSecret.
    pub delivery_sign: String,
}
