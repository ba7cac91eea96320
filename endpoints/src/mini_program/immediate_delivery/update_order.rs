//! `updateOrder`: `POST /cgi-bin/express/local/delivery/update_order`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-provider/immediateDelivery.updateOrder.html>.
//! Note: the corpus lists `/cgi-bin/express/local/business/update_order`; the page's request line (earlier and current,
//! deliver-by-provider/api_updateorder) is `/cgi-bin/express/local/delivery/update_order`, which this declares.
//! Note: a delivery company's own call: third-party platforms cannot call it; only the app's access_token.
//! Note: the current page's sample sends `shopid` as the number 0 and rider `lng`/`lat`, which its table does not list.

use super::{DeliveryResult, LocalOrderStatus};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Updates a delivery order's status (for the delivery company).
#[wx_endpoint(
    name = "updateOrder",
    path = "/cgi-bin/express/local/delivery/update_order",
    credential = app,
    response = DeliveryResult,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UpdateOrder {
    /// The `wx_token` pushed in the order event.
    pub wx_token: String,
    /// Merchant id assigned by the delivery company (dev_id or appkey).
    pub shopid: String,
    /// The merchant's order id.
    pub shop_order_id: String,
    /// Store number registered with the delivery company.
    pub shop_no: Option<String>,
    /// Delivery order id.
    pub waybill_id: String,
    /// Unix time of the status change.
    pub action_time: i64,
    /// The new status.
    pub order_status: LocalOrderStatus,
    /// Extra information.
    pub action_msg: Option<String>,
    /// The delivery company's Mini Program page users reach from the notification.
    pub wxa_path: String,
    /// The rider; required when a rider accepts.
    pub agent: Option<RiderAgent>,
    /// Expected delivery time, Unix seconds; required when a rider accepts.
    pub expected_delivery_time: Option<i64>,
}

/// The rider of a delivery order (`agent`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiderAgent {
    /// The rider's name.
    pub name: String,
    /// The rider's phone.
    pub phone: String,
    /// 1 when the phone number is encrypted, 0 (the default) when not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_phone_encrypted: Option<i64>,
}
