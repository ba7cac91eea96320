//! Types the immediate-delivery endpoints share: order parties, goods, order options, statuses.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// A delivery order's status (`order_status`).
    pub enum LocalOrderStatus: code {
        /// 101: acceptance, waiting for a rider (the initial state).
        AwaitingRider = 101,
        /// 102: acceptance, a rider was assigned.
        RiderAssigned = 102,
        /// 103: acceptance, the merchant cancelled; the order ends.
        CancelledBeforePickup = 103,
        /// 201: pick-up, the rider arrived at the shop.
        RiderAtShop = 201,
        /// 202: pick-up, picked up.
        PickedUp = 202,
        /// 203: pick-up failed, the merchant cancelled; the order ends.
        PickupFailedMerchantCancelled = 203,
        /// 204: pick-up failed, the rider cancelled for their own reasons; the order ends.
        PickupFailedRiderCancelled = 204,
        /// 205: pick-up failed, the rider cancelled because of the merchant; the order ends.
        PickupFailedMerchantFault = 205,
        /// 301: delivery, on the way.
        Delivering = 301,
        /// 302: delivery, delivered; the order ends.
        Delivered = 302,
        /// 303: delivery, the merchant cancelled; the goods go back to the merchant.
        ReturningMerchantCancelled = 303,
        /// 304: delivery, the receiver could not be reached; the goods go back to the merchant.
        ReturningReceiverUnreachable = 304,
        /// 305: delivery, the receiver refused; the goods go back to the merchant.
        ReturningReceiverRefused = 305,
        /// 401: return, the goods are back with the merchant; the order ends.
        Returned = 401,
        /// 501: cancelled by the delivery system; the order ends.
        CancelledBySystem = 501,
        /// 502: cancelled by force majeure (weather, road closures); the order ends.
        CancelledByForceMajeure = 502,
    }
}

crate::wire_enum! {
    /// How coordinates are given (`coordinate_type`).
    pub enum CoordinateType: code {
        /// 0: GCJ-02 ("Mars") coordinates, as Amap and Tencent Maps use.
        Gcj02 = 0,
        /// 1: Baidu coordinates.
        Baidu = 1,
    }
}

crate::wire_enum! {
    /// Whether an order is immediate or scheduled (`order_type`).
    pub enum LocalOrderType: code {
        /// 0: immediate.
        Immediate = 0,
        /// 1: scheduled; set `expected_delivery_time`, `expected_finish_time` or `expected_pick_time`.
        Scheduled = 1,
    }
}

crate::wire_enum! {
    /// Which way the goods travel (`rider_pick_method`).
    pub enum RiderPickMethod: code {
        /// 1: from the shop to the user.
        ShopToUser = 1,
        /// 2: from the user to the shop.
        UserToShop = 2,
    }
}

crate::wire_enum! {
    /// Why a delivery order is cancelled (`cancel_reason_id`).
    pub enum CancelReason: code {
        /// 1: no longer needed for now.
        NotNeeded = 1,
        /// 2: the price is not right.
        Price = 2,
        /// 3: the order information is wrong; it will be placed again.
        WrongOrderInfo = 3,
        /// 4: the rider is late picking up.
        LatePickup = 4,
        /// 5: the rider is late delivering.
        LateDelivery = 5,
        /// 6: another reason, given in `cancel_reason`.
        Other = 6,
    }
}

/// Outcome reported by the delivery company (`resultcode`, `resultmsg`), for calls that answer nothing else.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct DeliveryResult {
    /// The delivery company's code; 0 is success, others are the company's own.
    pub resultcode: i64,
    /// The delivery company's message.
    pub resultmsg: String,
}

/// A sender or receiver of a delivery order (`sender`, `receiver`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LocalOrderParty {
    /// Name, at most 256 characters.
    pub name: String,
    /// City name, such as 广州市.
    pub city: String,
    /// Address used for positioning (street, estate, building).
    pub address: String,
    /// Address details (building, unit, floor).
    pub address_detail: String,
    /// Phone or mobile number, at most 64 characters.
    pub phone: String,
    /// Longitude (see `coordinate_type`), 6 decimal places.
    pub lng: f64,
    /// Latitude (see `coordinate_type`), 6 decimal places.
    pub lat: f64,
    /// How the coordinates are given, GCJ-02 by default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coordinate_type: Option<CoordinateType>,
}

/// The goods to deliver (`cargo`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LocalCargo {
    /// Goods value in yuan, 2 decimal places, in (0, 5000].
    pub goods_value: f64,
    /// Height in centimetres, 2 decimal places, in (0, 45].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_height: Option<f64>,
    /// Width in centimetres, 2 decimal places, in (0, 50].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_width: Option<f64>,
    /// Length in centimetres, 2 decimal places, in (0, 65].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_length: Option<f64>,
    /// Weight in kilograms, 2 decimal places, in (0, 50].
    pub goods_weight: f64,
    /// Goods details, at most 10240 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_detail: Option<LocalGoodsDetail>,
    /// Pick-up information for the rider, at most 100 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_pickup_info: Option<String>,
    /// First-level goods category, such as 美食夜宵 (the page lists them).
    pub cargo_first_class: String,
    /// Second-level goods category, such as 零食小吃.
    pub cargo_second_class: String,
}

/// The goods list of a delivery order (`cargo.goods_detail`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LocalGoodsDetail {
    /// The goods.
    pub goods: Vec<LocalGoods>,
}

/// One goods item (`cargo.goods_detail.goods`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LocalGoods {
    /// Quantity.
    pub good_count: i64,
    /// Goods name.
    pub good_name: String,
    /// Unit price, 2 decimal places.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub good_price: Option<f64>,
    /// Unit, at most 20 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub good_unit: Option<String>,
}

/// Options of a delivery order (`order_info`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LocalOrderInfo {
    /// Service code, defined by each delivery company; not for SF or Dada.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery_service_code: Option<String>,
    /// Immediate or scheduled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_type: Option<LocalOrderType>,
    /// Expected dispatch time, Unix seconds (Dada).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_delivery_time: Option<i64>,
    /// Expected arrival time, Unix seconds (Meituan, SF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_finish_time: Option<i64>,
    /// Expected pick-up time, Unix seconds (Shansong at least two hours ahead, SF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected_pick_time: Option<i64>,
    /// The shop's serial number of the order, at most 32 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub poi_seq: Option<String>,
    /// Remark, at most 200 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Unix time the user paid; required by SF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_time: Option<i64>,
    /// 1 to insure, 0 not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_insured: Option<i64>,
    /// Insured value in yuan, to the fen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub declared_value: Option<f64>,
    /// Tip in yuan; usually none when ordering.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tips: Option<f64>,
    /// 1 for direct delivery (the rider carries only this order; Shansong requires it, Dada allows it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_direct_delivery: Option<i64>,
    /// Amount the rider pays, in yuan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cash_on_delivery: Option<f64>,
    /// Amount the rider collects, in yuan.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cash_on_pickup: Option<f64>,
    /// Which way the goods travel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rider_pick_method: Option<RiderPickMethod>,
    /// 1 when the rider must enter the receiver's code to complete the delivery.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_finish_code_needed: Option<i64>,
    /// 1 when the rider must enter the shop's code to pick up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_pickup_code_needed: Option<i64>,
}

/// The goods shown in the logistics notification (`shop`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalShop {
    /// The merchant Mini Program's page, preferably the order page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wxa_path: Option<String>,
    /// Goods thumbnail URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub img_url: Option<String>,
    /// Goods name, at most 128 bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_name: Option<String>,
    /// Goods quantity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goods_count: Option<i64>,
    /// The authorizing merchant's Mini Program, when a third party settles with the delivery company (addLocalOrder only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wxa_appid: Option<String>,
}

/// The fee quote or order returned by `preAddOrder`, `addLocalOrder` and `reOrder`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LocalOrderFee {
    /// The delivery company's code; 0 is success.
    pub resultcode: i64,
    /// The delivery company's message.
    pub resultmsg: String,
    /// Actual fee in yuan (fee minus coupon).
    pub fee: f64,
    /// Delivery fee in yuan.
    pub deliverfee: f64,
    /// Coupon in yuan (one table spells it `couponFee`; both are read).
    #[serde(alias = "couponFee")]
    pub couponfee: f64,
    /// Tip in yuan.
    pub tips: f64,
    /// Insurance fee in yuan (some tables spell it `insurancfee`; both are read).
    #[serde(alias = "insurancfee")]
    pub insurancefee: f64,
    /// Distance in metres.
    pub distance: f64,
    /// Delivery order id (`addLocalOrder`, `reOrder`).
    pub waybill_id: Option<String>,
    /// The order's status (`addLocalOrder`, `reOrder`).
    pub order_status: Option<LocalOrderStatus>,
    /// The receiver's code (`addLocalOrder`, `reOrder`).
    pub finish_code: Option<i64>,
    /// The pick-up code (`addLocalOrder`, `reOrder`).
    pub pickup_code: Option<i64>,
    /// Expected seconds until a rider accepts; 0 when unknown.
    pub dispatch_duration: i64,
    /// Token keeping the quoted fee for a while, to pass to `addLocalOrder` (`preAddOrder`, Dada only).
    pub delivery_token: Option<String>,
}

/// The penalty returned by `preCancelOrder` (expected) and `cancelLocalOrder` (charged).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct LocalOrderCancellation {
    /// The delivery company's code; 0 is success.
    pub resultcode: i64,
    /// The delivery company's message.
    pub resultmsg: String,
    /// Penalty in yuan, to the fen.
    pub deduct_fee: f64,
    /// Explanation.
    pub desc: String,
}
