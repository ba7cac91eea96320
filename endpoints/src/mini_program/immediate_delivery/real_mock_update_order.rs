//! `realMockUpdateOrder`: `POST /cgi-bin/express/local/business/realmock_update_order`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.mockUpdateOrder.html>.
//! Note: the corpus gives mockUpdateOrder's page; this call has its own page
//! (`immediateDelivery.realMockUpdateOrder`, current: deliver-by-business/api_realmockupdateorder).
//! Note: testing only: the request goes to the delivery company's test environment (SF and Dada test accounts).

use super::{DeliveryResult, LocalOrderStatus};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Simulates a status update of a test account's order in the delivery company's test environment.
#[wx_endpoint(
    name = "realMockUpdateOrder",
    path = "/cgi-bin/express/local/business/realmock_update_order",
    perm_sets = [51, 71],
    response = DeliveryResult,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RealMockUpdateOrder {
    /// Merchant id (a test account's).
    pub shopid: String,
    /// The merchant's order id.
    pub shop_order_id: String,
    /// Unix time of the status change.
    pub action_time: i64,
    /// The new status.
    pub order_status: LocalOrderStatus,
    /// Extra information.
    pub action_msg: Option<String>,
    /// SHA1 check string made with the delivery company's appSecret.
    pub delivery_sign: String,
}
