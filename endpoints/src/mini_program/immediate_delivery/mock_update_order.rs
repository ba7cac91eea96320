//! `mockUpdateOrder`: `POST /cgi-bin/express/local/business/test_update_order`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.mockUpdateOrder.html>.
//! Note: sandbox only: the order never reaches a delivery company; shopid must be `test_shop_id`.
//! Note: the page's sample also sends `waybill_id`, which its table does not list; it is typed as optional.

use super::{DeliveryResult, LocalOrderStatus};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Simulates a delivery company updating a sandbox delivery order's status.
#[wx_endpoint(
    name = "mockUpdateOrder",
    path = "/cgi-bin/express/local/business/test_update_order",
    perm_sets = [51, 71],
    response = DeliveryResult,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MockUpdateOrder {
    /// Merchant id; must be `test_shop_id`.
    pub shopid: String,
    /// The merchant's order id.
    pub shop_order_id: String,
    /// Delivery order id (in the page's sample only).
    pub waybill_id: Option<String>,
    /// Unix time of the status change.
    pub action_time: i64,
    /// The new status.
    pub order_status: LocalOrderStatus,
    /// Extra information.
    pub action_msg: Option<String>,
}
