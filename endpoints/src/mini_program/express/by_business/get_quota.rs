//! `getQuota`: `POST /cgi-bin/express/business/quota/get`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.getQuota.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the remaining electronic waybill quota (franchise express companies only).
#[wx_endpoint(
    name = "getQuota",
    path = "/cgi-bin/express/business/quota/get",
    perm_sets = [45, 71],
    response = WaybillQuota,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetQuota {
    /// Express company id, from `getAllDelivery`.
    pub delivery_id: String,
    /// Customer code at the express company.
    pub biz_id: String,
}

/// The quota returned by `getQuota`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct WaybillQuota {
    /// Remaining electronic waybill quota.
    pub quota_num: i64,
}
