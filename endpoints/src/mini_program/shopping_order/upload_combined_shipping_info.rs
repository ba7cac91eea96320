//! `uploadCombinedShippingInfo`: `POST /user-order/combine-orders/shippings`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/shopping-order/shopping-detail/uploadCombinedShippingInfo.html>.
//! Note: only after payment; the order number types must match the uploaded shopping details'.
//! Note: the page types order_number_type and delivery_mode as numbers (delivery_mode: unified 1, split 2);
//! its sample sends `delivery_mode` as a name (`UNIFIED_DELIVERY`, `SPLIT_DELIVERY`). The numbers are sent.
//! Unverified: the error table was not read.
//! Unverified: perm sets 120 and 121, read on the single-order pages.

use super::{DeliveryMode, Shipment, ShoppingOrderKey, ShoppingPayer};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Uploads a combined order's shipments, one entry per sub-order.
#[wx_endpoint(
    name = "uploadCombinedShippingInfo",
    path = "/user-order/combine-orders/shippings",
    perm_sets = [120, 121],
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UploadCombinedShippingInfo {
    /// The paid combined order.
    pub order_key: ShoppingOrderKey,
    /// The sub-orders' shipments.
    #[wx(non_empty)]
    pub sub_orders: Vec<CombinedShipping>,
    /// The payer.
    pub payer: ShoppingPayer,
    /// Upload time in RFC 3339; an update must carry a later time.
    pub upload_time: String,
}

/// One sub-order's shipments (`sub_orders`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CombinedShipping {
    /// The sub-order.
    pub order_key: ShoppingOrderKey,
    /// Unified or split shipping.
    pub delivery_mode: DeliveryMode,
    /// The shipments: one for unified shipping, several for split.
    pub shipping_list: Vec<Shipment>,
}
