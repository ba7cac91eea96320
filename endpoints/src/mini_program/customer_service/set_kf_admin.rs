//! `kfaccount/setadmin`: `GET /customservice/kfaccount/setadmin`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/introduction/custom.html#%E8%AE%BE%E7%BD%AE%E5%AE%A2%E6%9C%8D%E7%AE%A1%E7%90%86%E5%91%98>.
//! Note: the page names no interface; the name is the path's last two segments. The fields and the
//! error table were read on the newer page api_setkfadmin (query parameters `kf_openid`, `business_id`);
//! it types `business_id` as a string, a number here as elsewhere in the sub-merchant calls.

use super::KfAccountError;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Makes a customer-service agent an administrator (of a sub-merchant, with `business_id`).
#[wx_endpoint(
    name = "kfaccount/setadmin",
    path = "/customservice/kfaccount/setadmin",
    method = GET,
    errors(use CommonError, use KfAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetKfAdmin {
    /// The agent's openid.
    #[wx(non_empty)]
    pub kf_openid: String,
    /// The sub-merchant's id; absent for the Mini Program's own customer service.
    pub business_id: Option<u64>,
}
