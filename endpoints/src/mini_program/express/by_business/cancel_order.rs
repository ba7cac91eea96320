//! `cancelOrder`: `POST /cgi-bin/express/business/order/cancel`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.cancelOrder.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Cancels a waybill.
#[wx_endpoint(
    name = "cancelOrder",
    path = "/cgi-bin/express/business/order/cancel",
    perm_sets = [45, 71],
    response = CancelledWaybill,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct CancelOrder {
    /// Order id.
    pub order_id: String,
    /// The user's openid; not needed when the order's `add_source` was 2.
    pub openid: Option<String>,
    /// Express company id, from `getAllDelivery`.
    pub delivery_id: String,
    /// Waybill id.
    pub waybill_id: String,
}

/// The express company's answer to `cancelOrder`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct CancelledWaybill {
    /// The express company's error code.
    pub delivery_resultcode: i64,
    /// The express company's error message.
    pub delivery_resultmsg: String,
}
