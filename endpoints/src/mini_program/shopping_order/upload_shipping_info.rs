//! `uploadShippingInfo`: `POST /user-order/orders/shippings`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/shopping-order/normal-shopping-detail/uploadShippingInfo.html>.
//! Note: only after payment; the order key must match the one the shopping details were uploaded with.
//! Note: the page types order_number_type and delivery_mode as numbers (delivery_mode: unified 1, split 2);
//! its sample sends `delivery_mode` as a name (`UNIFIED_DELIVERY`, `SPLIT_DELIVERY`). The numbers are sent.
//! Unverified: the error table was not read.

use super::{DeliveryMode, Shipment, ShoppingOrderKey, ShoppingPayer};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Uploads an order's shipments (tracking numbers and the goods in each).
#[wx_endpoint(
    name = "uploadShippingInfo",
    path = "/user-order/orders/shippings",
    perm_sets = [120, 121],
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UploadShippingInfo {
    /// The paid order the shipments belong to.
    pub order_key: ShoppingOrderKey,
    /// Unified or split shipping.
    pub delivery_mode: DeliveryMode,
    /// The shipments: one for unified shipping, several for split.
    #[wx(non_empty)]
    pub shipping_list: Vec<Shipment>,
    /// Upload time in RFC 3339; an update must carry a later time.
    pub upload_time: String,
    /// The payer.
    pub payer: ShoppingPayer,
}
