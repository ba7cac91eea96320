//! `delkfaccount`: `POST /customservice/kfaccount/del`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html#3>.
//! Note: the interface name, permission sets, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_delkfaccount.html>.
//! Unverified: the error table (the customer-service family's shared table) was cut after 65407 in the stored copy.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a customer-service account.
#[wx_endpoint(
    name = "delkfaccount",
    path = "/customservice/kfaccount/del",
    perm_sets = [1, 6, 19, 100..=101],
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        40005 => UnsupportedMediaType: "unsupported media type",
        40009 => InvalidMediaSize: "invalid media size",
        65400 => NewKfNotEnabled: "the new customer service is not enabled (or the upgrade is still in progress)",
        65401 => InvalidKfAccount: "invalid customer-service account",
        65402 => KfAccountNotBound: "the customer-service account is not bound to a WeChat user yet",
        65403 => InvalidNickname: "invalid nickname",
        65404 => IllegalKfAccount: "illegal customer-service account",
        65405 => KfAccountLimitReached: "the number of customer-service accounts reached the limit",
        65406 => KfAccountExists: "the customer-service account already exists",
        65407 => AlreadyWorker: "the invited WeChat user is already a customer-service worker of this account",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DelKfAccount {
    /// The full account, `prefix@official-account-wechat-id`.
    #[wx(non_empty)]
    pub kf_account: String,
    /// The customer-service sub-merchant's id; left out for ordinary accounts.
    pub business_id: Option<String>,
}
