//! `uploadCombinedShoppingInfo`: `POST /user-order/combine-orders`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/shopping-order/shopping-detail/uploadCombinedShoppingInfo.html>.
//! Note: the sub-orders' order number type must be the combined order's.
//! Note: the page types the enums as numbers (order_number_type, the link `type`, logistics_type);
//! its sample sends the link type and logistics_type as names (`MINI_PROGRAM`, `URL`,
//! `LOCATION_BASED_LOGISTICS`). The numbers are sent.
//! Unverified: the link type's numbers: the page's notes give mini program 1 and url 2; copies of its
//! table elsewhere read 1 URL, 2 MINI_PROGRAM. The notes are followed. The error table was not read.
//! Unverified: perm sets 120 and 121, read on the single-order pages.

use super::{JumpLink, LogisticsType, ShoppingItem, ShoppingOrderKey, ShoppingPayer};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Uploads a combined order's shopping details, one entry per sub-order.
#[wx_endpoint(
    name = "uploadCombinedShoppingInfo",
    path = "/user-order/combine-orders",
    perm_sets = [120, 121],
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UploadCombinedShoppingInfo {
    /// The paid combined order.
    pub order_key: ShoppingOrderKey,
    /// The sub-orders' shopping details.
    #[wx(non_empty)]
    pub sub_orders: Vec<CombinedShoppingDetail>,
    /// The payer.
    pub payer: ShoppingPayer,
    /// Upload time in RFC 3339; an update must carry a later time.
    pub upload_time: String,
}

/// One sub-order's shopping details (`sub_orders`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CombinedShoppingDetail {
    /// The sub-order.
    pub order_key: ShoppingOrderKey,
    /// The order number the merchant shows the user.
    pub merchant_order_no: String,
    /// Link to the merchant's order page (Mini Program or web).
    pub order_detail_jump_link: JumpLink,
    /// The goods bought.
    pub item_list: Vec<ShoppingItem>,
    /// How the goods are delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logistics_type: Option<LogisticsType>,
}
