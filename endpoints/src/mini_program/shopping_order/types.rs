//! Types the shopping-order endpoints share: order keys, payers, jump links, goods, shipments.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// How an order is identified (`order_number_type`).
    pub enum OrderNumberType: code {
        /// 1: by the paying merchant's `mchid` and its `out_trade_no`.
        MerchantTradeNumber = 1,
        /// 2: by the WeChat Pay `transaction_id`.
        TransactionId = 2,
    }
}

crate::wire_enum! {
    /// Where a jump link leads (`type`).
    pub enum JumpLinkType: code {
        /// 1: a Mini Program page (`appid` and `path` required).
        MiniProgram = 1,
        /// 2: a web page (`url` required).
        Url = 2,
    }
}

crate::wire_enum! {
    /// How an order's goods are delivered (`logistics_type`).
    pub enum LogisticsType: code {
        /// 1: by an express company.
        Express = 1,
        /// 2: same-city delivery.
        SameCity = 2,
        /// 3: virtual goods (top-ups, game cards) with no physical delivery.
        Virtual = 3,
    }
}

crate::wire_enum! {
    /// How an order is shipped (`delivery_mode`).
    pub enum DeliveryMode: code {
        /// 1: unified: one shipment with one tracking number.
        Unified = 1,
        /// 2: split: several shipments, each naming its goods.
        Split = 2,
    }
}

/// The order a call is about (`order_key`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShoppingOrderKey {
    /// How the order is identified.
    pub order_number_type: OrderNumberType,
    /// The WeChat Pay transaction id (for type 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// The paying merchant's id, issued by WeChat Pay (for type 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mchid: Option<String>,
    /// The merchant's own order number, unique under the merchant id (for type 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out_trade_no: Option<String>,
}

/// The payer (`payer`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShoppingPayer {
    /// The payer's openid under the merchant's appid.
    pub openid: String,
}

/// A link to the merchant's order or goods page (`order_detail_jump_link`, `item_detail_jump_link`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JumpLink {
    /// The web page's URL (for a web link).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The Mini Program's appid: the caller's, or the merchant's when a third party uploads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appid: Option<String>,
    /// The Mini Program page's path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Where the link leads.
    #[serde(rename = "type")]
    pub link_type: JumpLinkType,
}

/// One order's shopping details (`order_list`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShoppingDetail {
    /// The order number the merchant shows the user.
    pub merchant_order_no: String,
    /// Link to the merchant's order page (Mini Program or web).
    pub order_detail_jump_link: JumpLink,
    /// The goods bought.
    pub item_list: Vec<ShoppingItem>,
}

/// One goods item bought (`item_list`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShoppingItem {
    /// The merchant's goods id; needed to name the goods of split shipments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_item_id: Option<String>,
    /// Goods name.
    pub name: String,
    /// Goods description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Unit price in fen.
    pub unit_price: i64,
    /// Quantity bought.
    pub quantity: i64,
    /// Goods image URLs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<Vec<String>>,
    /// Link to the merchant's goods page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_detail_jump_link: Option<JumpLink>,
}

/// One shipment (`shipping_list`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shipment {
    /// Tracking number; required for express shipments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking_no: Option<String>,
    /// Express company code (from get_delivery_list); required for express shipments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub express_company: Option<String>,
    /// The goods in this shipment; left out for unified shipping, required for split shipping.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_list: Option<Vec<ShipmentItem>>,
    /// Masked contact numbers; one of them is required for SF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<ShipmentContact>,
}

/// One goods item of a shipment (`shipping_list.item_list`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShipmentItem {
    /// The merchant's goods id, as uploaded with the shopping details.
    pub merchant_item_id: String,
}

/// Masked contact numbers of a shipment (`contact`); the last 4 digits stay unmasked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShipmentContact {
    /// The sender's masked number, such as `189****1234`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consignor_contact: Option<String>,
    /// The receiver's masked number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receiver_contact: Option<String>,
}
