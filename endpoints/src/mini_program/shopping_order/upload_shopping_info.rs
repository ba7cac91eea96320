//! `uploadShoppingInfo`: `POST /user-order/orders`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/shopping-order/normal-shopping-detail/uploadShoppingInfo.html>.
//! Note: the page types the enums as numbers (order_number_type, the link `type`, logistics_type);
//! its sample sends the link type and logistics_type as names (`MINI_PROGRAM`, `URL`,
//! `LOCATION_BASED_LOGISTICS`). The numbers are sent.
//! Unverified: the link type's numbers: the page's notes give mini program 1 and url 2; copies of its
//! table elsewhere read 1 URL, 2 MINI_PROGRAM. The notes are followed. The error table was not read.

use super::{LogisticsType, ShoppingDetail, ShoppingOrderKey, ShoppingPayer};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Uploads an order's shopping details, shown to the user in WeChat's bills.
#[wx_endpoint(
    name = "uploadShoppingInfo",
    path = "/user-order/orders",
    perm_sets = [120, 121],
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct UploadShoppingInfo {
    /// The paid order the details belong to.
    pub order_key: ShoppingOrderKey,
    /// The shopping details.
    #[wx(non_empty)]
    pub order_list: Vec<ShoppingDetail>,
    /// The payer.
    pub payer: ShoppingPayer,
    /// How the goods are delivered.
    pub logistics_type: Option<LogisticsType>,
    /// Upload time in RFC 3339; an update must carry a later time.
    pub upload_time: String,
}
