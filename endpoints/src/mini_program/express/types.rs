//! Types the logistics-assistant endpoints share: waybill parties, parcels, goods, services, traces.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// Where an order comes from (`add_source`).
    pub enum AddSource: code {
        /// 0: a Mini Program order.
        MiniProgram = 0,
        /// 2: an App or H5 order; no logistics service notification is sent.
        AppOrH5 = 2,
    }
}

crate::wire_enum! {
    /// How an order is split between outlets (`take_mode`); only YTO supports it.
    pub enum TakeMode: code {
        /// 0: the outlet that signed the contract (the default).
        Outlet = 0,
        /// 1: settled with the headquarters.
        Headquarters = 1,
    }
}

crate::wire_enum! {
    /// A waybill's state (`order_status`).
    pub enum WaybillStatus: code {
        /// 0: normal.
        Normal = 0,
        /// 1: cancelled.
        Cancelled = 1,
    }
}

crate::wire_enum! {
    /// The kind of a waybill trace node (`action_type`).
    pub enum PathActionType: code {
        /// 100001: collection, picked up.
        PickedUp = 100001,
        /// 100002: collection, pick-up failed.
        PickUpFailed = 100002,
        /// 100003: collection, a courier was assigned.
        CourierAssigned = 100003,
        /// 200001: transport, the trace was updated.
        InTransit = 200001,
        /// 300002: delivery, out for delivery.
        OutForDelivery = 300002,
        /// 300003: delivery, signed for.
        SignedFor = 300003,
        /// 300004: delivery, signing failed.
        SigningFailed = 300004,
        /// 400001: exception, the order was cancelled.
        OrderCancelled = 400001,
        /// 400002: exception, the order is held up.
        OrderHeld = 400002,
    }
}

/// A sender or receiver of a waybill (`sender`, `receiver`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaybillParty {
    /// Name, at most 64 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Landline, at most 32 bytes; required when `mobile` is not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tel: Option<String>,
    /// Mobile number, at most 32 bytes; required when `tel` is not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mobile: Option<String>,
    /// Company name, at most 64 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Postal code, at most 10 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_code: Option<String>,
    /// Country, at most 64 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Province, such as 广东省, at most 64 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub province: Option<String>,
    /// City, such as 广州市, at most 64 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// District or county, such as 海珠区, at most 64 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// Street address, at most 512 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// The parcel, passed on to the express company (`cargo`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WaybillCargo {
    /// Number of parcels, 1 by default.
    pub count: i64,
    /// Total weight in kilograms.
    pub weight: f64,
    /// Length in centimetres.
    pub space_x: f64,
    /// Width in centimetres.
    pub space_y: f64,
    /// Height in centimetres.
    pub space_z: f64,
    /// The goods in the parcel.
    pub detail_list: Vec<CargoGoods>,
}

/// One kind of goods in a parcel (`cargo.detail_list`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CargoGoods {
    /// Goods name, at most 128 bytes.
    pub name: String,
    /// Quantity.
    pub count: i64,
}

/// The goods shown in the logistics notification and on the waybill (`shop`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaybillShop {
    /// The merchant Mini Program's page, preferably the order page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wxa_path: Option<String>,
    /// Goods thumbnail URL; required when `detail_list` is empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub img_url: Option<String>,
    /// Goods name, at most 128 bytes; required when `detail_list` is empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_name: Option<String>,
    /// Goods quantity; required when `detail_list` is empty, else its size by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_count: Option<i64>,
    /// Goods details for multi-goods orders (the newer form, recommended).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail_list: Option<Vec<ShopGoods>>,
    /// The authorizing merchant's Mini Program when a platform settles for it (the page lists it under previewTemplate's `custom.shop`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wxa_appid: Option<String>,
}

/// One goods item shown on the landing page (`shop.detail_list`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShopGoods {
    /// Goods name.
    pub goods_name: String,
    /// Goods image URL.
    pub goods_img_url: String,
    /// Goods description.
    pub goods_desc: String,
}

/// Insurance of a waybill (`insured`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaybillInsured {
    /// 0 not insured, 1 insured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub use_insured: Option<i64>,
    /// Insured value in fen (10000 is 100 yuan).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insured_value: Option<i64>,
}

/// An express service type (`service`, and `service_type` entries of the account and company lists).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExpressService {
    /// The service type's id, from the supported express companies' list.
    pub service_type: i64,
    /// The service type's name.
    pub service_name: String,
}

/// One key-value item of waybill data (`waybill_data`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct WaybillDataItem {
    /// The item's key, such as `SF_bagAddr`.
    pub key: String,
    /// The item's value.
    pub value: String,
}

/// A merchant's order data in `addOrder`'s request body, as previewTemplate's `custom` carries it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WaybillOrder {
    /// Order id, globally unique, at most 512 bytes.
    pub order_id: String,
    /// The user's openid; not needed when `add_source` is 2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub openid: Option<String>,
    /// Express company id, from `getAllDelivery`.
    pub delivery_id: String,
    /// Customer code or cash-payment code at the express company.
    pub biz_id: String,
    /// Remark for the express company, such as 易碎物品, at most 1024 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_remark: Option<String>,
    /// Order tag id distinguishing a platform Mini Program's tenants.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tagid: Option<i64>,
    /// Where the order comes from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add_source: Option<AddSource>,
    /// The App or H5 appid; required when `add_source` is 2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wx_appid: Option<String>,
    /// The sender.
    pub sender: WaybillParty,
    /// The receiver.
    pub receiver: WaybillParty,
    /// The parcel.
    pub cargo: WaybillCargo,
    /// The goods shown in notifications and on the waybill.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shop: Option<WaybillShop>,
    /// Insurance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insured: Option<WaybillInsured>,
    /// The service type.
    pub service: ExpressService,
    /// Expected pick-up time (Unix seconds; 0 when agreed beforehand); required by SF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expect_time: Option<i64>,
    /// How the order is split between outlets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub take_mode: Option<TakeMode>,
}
