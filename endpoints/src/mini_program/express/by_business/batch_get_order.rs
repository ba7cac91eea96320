//! `batchGetOrder`: `POST /cgi-bin/express/business/order/batchget`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.batchGetOrder.html>.

use super::super::types::{WaybillDataItem, WaybillStatus};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Reads several waybills at once (at most 100).
#[wx_endpoint(
    name = "batchGetOrder",
    path = "/cgi-bin/express/business/order/batchget",
    perm_sets = [45, 71],
    response = WaybillBatch,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BatchGetOrder {
    /// The orders, at most 100.
    #[wx(non_empty, max_items = 100)]
    pub order_list: Vec<WaybillKey>,
}

/// One order to read (`order_list`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaybillKey {
    /// Order id.
    pub order_id: String,
    /// Express company id, matching `waybill_id`.
    pub delivery_id: String,
    /// Waybill id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waybill_id: Option<String>,
}

/// The waybills returned by `batchGetOrder`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WaybillBatch {
    /// The waybills, each with its own result.
    pub order_list: Vec<BatchWaybill>,
}

/// One waybill of a batch, with its own result (`order_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct BatchWaybill {
    /// This waybill's error code (0 on success).
    pub errcode: i64,
    /// This waybill's error message.
    pub errmsg: String,
    /// The waybill's HTML, Base64-encoded.
    pub print_html: String,
    /// Waybill data.
    pub waybill_data: Vec<WaybillDataItem>,
    /// Order id.
    pub order_id: String,
    /// Express company id.
    pub delivery_id: String,
    /// Waybill id.
    pub waybill_id: String,
    /// The waybill's state.
    pub order_status: Option<WaybillStatus>,
}
