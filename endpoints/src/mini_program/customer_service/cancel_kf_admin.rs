//! `kfaccount/canceladmin`: `GET /customservice/kfaccount/canceladmin`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/introduction/custom.html#%E5%8F%96%E6%B6%88%E5%AE%A2%E6%9C%8D%E7%AE%A1%E7%90%86%E5%91%98>.
//! Note: the page names no interface; the name is the path's last two segments. The fields and the
//! error table were read on the newer page api_cancelkfadmin (query parameters `kf_openid`,
//! `business_id`).

use super::KfAccountError;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Removes a customer-service agent's administrator role (of a sub-merchant, with `business_id`).
#[wx_endpoint(
    name = "kfaccount/canceladmin",
    path = "/customservice/kfaccount/canceladmin",
    method = GET,
    errors(use CommonError, use KfAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CancelKfAdmin {
    /// The agent's openid.
    #[wx(non_empty)]
    pub kf_openid: String,
    /// The sub-merchant's id; absent for the Mini Program's own customer service.
    pub business_id: Option<u64>,
}
