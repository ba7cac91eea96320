//! `getAllImmeDelivery`: `POST /cgi-bin/express/local/business/delivery/getall`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.getAllImmeDelivery.html>.
//! Note: the facts were read on the current page (server/API/immediate-delivery/deliver-by-business/api_getallimmedelivery).
//! Unverified: perm sets 51 and 71, read on this family's other pages, not this one.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the delivery companies immediate delivery supports.
#[wx_endpoint(
    name = "getAllImmeDelivery",
    path = "/cgi-bin/express/local/business/delivery/getall",
    perm_sets = [51, 71],
    response = LocalDeliveryCompanies,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAllImmeDelivery;

/// The delivery companies returned by `getAllImmeDelivery`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct LocalDeliveryCompanies {
    /// The delivery company's code; 0 is success.
    pub resultcode: i64,
    /// The delivery company's message.
    pub resultmsg: String,
    /// The companies.
    pub list: Vec<LocalDeliveryCompany>,
}

/// One delivery company (`list`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct LocalDeliveryCompany {
    /// Delivery company id.
    pub delivery_id: String,
    /// Delivery company name.
    pub delivery_name: String,
}
