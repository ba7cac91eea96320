//! `reOrder`: `POST /cgi-bin/express/local/business/order/readd`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/immediate-delivery/by-business/immediateDelivery.reOrder.html>.
//! Note: the corpus gives this call the logistics assistant's addOrder page
//! (express/by-business/logistics.addOrder.html), which documents another path; this one is
//! immediate delivery's reOrder (current page: deliver-by-business/api_reorder).
//! Note: the current page's return table spells the insurance fee `insurancfee`; the sample `insurancefee` (both are read).
//! Unverified: perm sets 51 and 71, read on this family's other pages, not this one.

use super::{LocalCargo, LocalOrderFee, LocalOrderInfo, LocalOrderParty, LocalShop};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Places a cancelled delivery order again.
#[wx_endpoint(
    name = "reOrder",
    path = "/cgi-bin/express/local/business/order/readd",
    perm_sets = [51, 71],
    response = LocalOrderFee,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ReOrder {
    /// Token from `preAddOrder` keeping the quoted fee for a while.
    pub delivery_token: Option<String>,
    /// Merchant id: the appkey the delivery company assigned.
    pub shopid: String,
    /// The merchant's order id, unique, at most 128 bytes.
    #[wx(max_bytes = 128)]
    pub shop_order_id: String,
    /// Store number registered with the delivery company; required by Meituan and Shansong (the store id).
    pub shop_no: Option<String>,
    /// SHA1 check string made with the delivery company's appSecret.
    pub delivery_sign: String,
    /// Delivery company id.
    pub delivery_id: String,
    /// The ordering user's openid.
    pub openid: String,
    /// The sender; required by SF, optional for Meituan, Dada and Shansong when `shop_no` is given.
    pub sender: Option<LocalOrderParty>,
    /// The receiver.
    pub receiver: LocalOrderParty,
    /// The goods.
    pub cargo: LocalCargo,
    /// Order options.
    pub order_info: LocalOrderInfo,
    /// The goods shown in the logistics notification.
    pub shop: LocalShop,
    /// Sub-merchant id, to tell a Mini Program's sub-merchants apart.
    pub sub_biz_id: Option<String>,
}
