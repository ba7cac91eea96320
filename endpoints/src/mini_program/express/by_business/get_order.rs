//! `getOrder`: `POST /cgi-bin/express/business/order/get`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.getOrder.html>.
//! Note: `custom_remark` is listed by the page's earlier version (without a description), not the current one.

use super::super::types::{WaybillDataItem, WaybillStatus};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// Which waybill layout to print (`print_type`).
    pub enum PrintType: code {
        /// 0: two-part waybill (the default).
        TwoPart = 0,
        /// 1: one-part waybill.
        OnePart = 1,
    }
}

/// Reads one waybill's print data.
#[wx_endpoint(
    name = "getOrder",
    path = "/cgi-bin/express/business/order/get",
    perm_sets = [45, 71],
    response = WaybillPrint,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetOrder {
    /// Order id.
    pub order_id: String,
    /// The user's openid; not needed when the order's `add_source` was 2.
    pub openid: Option<String>,
    /// Express company id, matching `waybill_id`.
    pub delivery_id: String,
    /// Waybill id.
    pub waybill_id: Option<String>,
    /// The layout to print, two-part by default.
    pub print_type: Option<PrintType>,
    /// Remark for the waybill.
    pub custom_remark: Option<String>,
}

/// A waybill returned by `getOrder`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WaybillPrint {
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
