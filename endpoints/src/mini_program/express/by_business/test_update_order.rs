//! `testUpdateOrder`: `POST /cgi-bin/express/business/test_update_order`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.testUpdateOrder.html>.

use super::super::types::PathActionType;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Simulates an express company updating a waybill's trace (testing only: biz_id `test_biz_id`, delivery_id `TEST`).
#[wx_endpoint(
    name = "testUpdateOrder",
    path = "/cgi-bin/express/business/test_update_order",
    perm_sets = [45, 71],
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct TestUpdateOrder {
    /// Merchant id; must be `test_biz_id`.
    pub biz_id: String,
    /// Order id.
    pub order_id: String,
    /// Express company id; must be `TEST`.
    pub delivery_id: String,
    /// Waybill id.
    pub waybill_id: String,
    /// Unix time of the trace change.
    pub action_time: i64,
    /// The trace change's kind.
    pub action_type: PathActionType,
    /// The trace change's details, UTF-8.
    pub action_msg: String,
}
