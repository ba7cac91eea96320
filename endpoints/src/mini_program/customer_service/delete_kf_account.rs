//! `kfaccount/del`: `GET /customservice/kfaccount/del`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/introduction/custom.html#%E5%88%A0%E9%99%A4%E5%AE%A2%E6%9C%8D%E8%B4%A6%E5%8F%B7>.
//! Note: the page names no interface; the name is the path's last two segments (the Official
//! Account's `POST /customservice/kfaccount/del` is another endpoint). The fields and the error table
//! were read on the newer page api_delkfaccount.
//! Unverified: the newer page lists `kf_account` and `business_id` as body fields; this GET, as the
//! corpus records it, sends them as query parameters.

use super::KfAccountError;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a customer-service account (of a sub-merchant, with `business_id`).
#[wx_endpoint(
    name = "kfaccount/del",
    path = "/customservice/kfaccount/del",
    method = GET,
    errors(use CommonError, use KfAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteKfAccount {
    /// The full account, `prefix@wechat-id`.
    #[wx(non_empty)]
    pub kf_account: String,
    /// The sub-merchant's id; absent for the Mini Program's own customer service.
    pub business_id: Option<u64>,
}
