//! `addOrder`: `POST /cgi-bin/express/business/order/add`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.addOrder.html>.
//! Note: on failure WeChat answers 9300501 with the express company's own `delivery_resultcode` and
//! `delivery_resultmsg`; the typed error keeps only the WeChat code.

use super::super::types::{
    AddSource, ExpressService, TakeMode, WaybillCargo, WaybillDataItem, WaybillInsured, WaybillParty,
    WaybillShop,
};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a waybill with an express company.
#[wx_endpoint(
    name = "addOrder",
    path = "/cgi-bin/express/business/order/add",
    perm_sets = [45, 71],
    response = AddedWaybill,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        47001 => DataFormatError: "the JSON body could not be parsed or a parameter is missing",
        930559 => SandboxInvalidOpenid: "invalid openid in the sandbox",
        930561 => InvalidArguments: "invalid arguments",
        930564 => SandboxQuotaRunOut: "no call quota left in the sandbox",
        9300501 => DeliverySideError: "the express company's logic failed; see delivery_resultcode (send UTF-8 text unescaped)",
        9300502 => DeliverySystemError: "the express company's system failed",
        9300503 => DeliveryIdNotFound: "the delivery_id does not exist",
        9300510 => InvalidServiceType: "the service_type does not exist",
        9300525 => BizIdNotBound: "the biz_id is not bound",
        9300526 => ArgumentTooLong: "a field's length is out of range",
        9300531 => InvalidBizIdOrPassword: "invalid biz_id or wrong password",
        9300534 => OpenidMismatch: "the access_token and openid do not match",
        9300535 => InvalidShop: "shop's thumbnail URL or goods name is empty or invalid, or the goods count is 0",
        9300536 => InvalidWxAppid: "wx_appid is invalid for add_source 2",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct AddOrder {
    /// Where the order comes from; 2 sends no logistics service notification.
    pub add_source: AddSource,
    /// The App or H5 appid; required when `add_source` is 2 (bound to the same Open Platform account).
    pub wx_appid: Option<String>,
    /// Order id, globally unique, at most 512 bytes.
    #[wx(max_bytes = 512)]
    pub order_id: String,
    /// The user's openid; not needed when `add_source` is 2.
    pub openid: Option<String>,
    /// Express company id, from `getAllDelivery`.
    pub delivery_id: String,
    /// Customer code or cash-payment code at the express company.
    pub biz_id: String,
    /// Remark for the express company, such as 易碎物品, at most 1024 bytes.
    #[wx(max_bytes = 1024)]
    pub custom_remark: Option<String>,
    /// Order tag id distinguishing a platform Mini Program's tenants (must match the tenant's account).
    pub tagid: Option<i64>,
    /// The sender.
    pub sender: WaybillParty,
    /// The receiver.
    pub receiver: WaybillParty,
    /// The parcel, passed on to the express company.
    pub cargo: WaybillCargo,
    /// The goods shown in the logistics notification and on the waybill.
    pub shop: WaybillShop,
    /// Insurance.
    pub insured: WaybillInsured,
    /// The service type.
    pub service: ExpressService,
    /// Expected pick-up time (Unix seconds; 0 when agreed beforehand); required by SF and for single waybills.
    pub expect_time: Option<i64>,
    /// How the order is split between outlets (YTO only); the outlet by default.
    pub take_mode: Option<TakeMode>,
}

/// The waybill created by `addOrder`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AddedWaybill {
    /// Order id, on success.
    pub order_id: String,
    /// Waybill id, on success.
    pub waybill_id: String,
    /// The express company's error code, on failure.
    pub delivery_resultcode: i64,
    /// The express company's error message, on failure.
    pub delivery_resultmsg: String,
    /// Waybill data, on success.
    pub waybill_data: Vec<WaybillDataItem>,
}
