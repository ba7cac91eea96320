//! `getBindAccount`: `POST /cgi-bin/express/local/business/shop/get`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.getBindAccount.html>.
//! Unverified: perm sets 51 and 71, read on this family's other pages, not this one.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// A delivery account binding's review state (`audit_result`).
    pub enum ShopAuditResult: code {
        /// 0: approved.
        Approved = 0,
        /// 1: under review.
        UnderReview = 1,
        /// 2: rejected.
        Rejected = 2,
    }
}

/// Lists the delivery company accounts bound in the Mini Program's admin console.
#[wx_endpoint(
    name = "getBindAccount",
    path = "/cgi-bin/express/local/business/shop/get",
    perm_sets = [51, 71],
    response = BoundShops,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetBindAccount;

/// The bound accounts returned by `getBindAccount`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct BoundShops {
    /// The delivery company's code; 0 is success.
    pub resultcode: i64,
    /// The delivery company's message.
    pub resultmsg: String,
    /// The bound accounts.
    pub shop_list: Vec<BoundShop>,
}

/// One bound delivery company account (`shop_list`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct BoundShop {
    /// Delivery company id.
    pub delivery_id: String,
    /// Merchant id (the delivery company's appkey).
    pub shopid: String,
    /// The binding's review state.
    pub audit_result: Option<ShopAuditResult>,
}
