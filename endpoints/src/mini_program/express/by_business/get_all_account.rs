//! `getAllAccount`: `GET /cgi-bin/express/business/account/getall`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/express/by-business/logistics.getAllAccount.html>.

use super::super::types::ExpressService;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// An express account's binding state (`status_code`).
    pub enum AccountStatus: code {
        /// 0: bound.
        Bound = 0,
        /// 1: under review.
        UnderReview = 1,
        /// 2: binding failed.
        Failed = 2,
        /// 3: unbound.
        Unbound = 3,
    }
}

/// Lists every express account bound to the Mini Program.
#[wx_endpoint(
    name = "getAllAccount",
    path = "/cgi-bin/express/business/account/getall",
    method = GET,
    perm_sets = [45, 71],
    response = ExpressAccounts,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAllAccount;

/// The bound accounts returned by `getAllAccount`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ExpressAccounts {
    /// Number of accounts.
    pub count: i64,
    /// The accounts.
    pub list: Vec<ExpressAccount>,
}

/// One bound express account (`list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ExpressAccount {
    /// Customer code at the express company.
    pub biz_id: String,
    /// Express company id.
    pub delivery_id: String,
    /// Unix time the account was bound.
    pub create_time: i64,
    /// Unix time the account was updated.
    pub update_time: i64,
    /// Binding state.
    pub status_code: Option<AccountStatus>,
    /// The account's alias.
    pub alias: String,
    /// Why binding failed (the EMS review result).
    pub remark_wrong_msg: String,
    /// The remark sent when binding (for EMS review).
    pub remark_content: String,
    /// Remaining electronic waybill quota.
    pub quota_num: i64,
    /// Unix time the quota was updated.
    pub quota_update_time: i64,
    /// Service types the account supports.
    pub service_type: Vec<ExpressService>,
}
