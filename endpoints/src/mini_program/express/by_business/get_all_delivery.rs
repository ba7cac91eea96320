//! `getAllDelivery`: `GET /cgi-bin/express/business/delivery/getall`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.getAllDelivery.html>.

use super::super::types::ExpressService;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the express companies the logistics assistant supports.
#[wx_endpoint(
    name = "getAllDelivery",
    path = "/cgi-bin/express/business/delivery/getall",
    method = GET,
    perm_sets = [45, 71],
    response = ExpressCompanies,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAllDelivery;

/// The express companies returned by `getAllDelivery`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ExpressCompanies {
    /// Number of companies.
    pub count: i64,
    /// The companies.
    pub data: Vec<ExpressCompany>,
}

/// One supported express company (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ExpressCompany {
    /// Express company id.
    pub delivery_id: String,
    /// Express company name.
    pub delivery_name: String,
    /// 1 when single (cash) waybills are supported.
    pub can_use_cash: i64,
    /// 1 when the waybill quota can be queried.
    pub can_get_quota: i64,
    /// Supported service types.
    pub service_type: Vec<ExpressService>,
    /// The biz_id for single waybills, valid when `can_use_cash` is 1.
    pub cash_biz_id: String,
}
