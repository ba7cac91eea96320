//! `addkfaccount`: `POST /customservice/kfaccount/add`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html#1>.
//! Note: the interface name, permission sets, fields and error table were read on the newer pages
//! <https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_addkfaccount> and its
//! subscription-account twin (which adds `business_id`); the account needs a WeChat ID set on the platform;
//! at most 100 accounts.
//! Unverified: `password` appears only in the older page's example; the newer pages no longer list it.
//! Unverified: the error table was cut after 65406 in the stored copy.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds a customer-service account to the Official Account.
#[wx_endpoint(
    name = "addkfaccount",
    path = "/customservice/kfaccount/add",
    perm_sets = [1, 6, 19, 100..=101],
    errors(
        use CommonError,
        65400 => NewKfNotEnabled: "the new customer service is not enabled (or the upgrade is still in progress)",
        65403 => InvalidNickname: "invalid nickname",
        65404 => InvalidKfAccount: "invalid customer-service account",
        65405 => KfAccountLimitReached: "the number of customer-service accounts reached the limit",
        65406 => KfAccountExists: "the customer-service account already exists",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddKfAccount {
    /// The full account, `prefix@official-account-wechat-id`: a prefix of at most 10 letters, digits or
    /// underscores, and the account's WeChat ID.
    #[wx(non_empty)]
    pub kf_account: String,
    /// The nickname, at most 16 characters.
    #[wx(chars = 1..=16)]
    pub nickname: String,
    /// The login password as the MD5 of the plain text (older page only).
    pub password: Option<String>,
    /// The customer-service sub-merchant's id; left out for ordinary accounts.
    pub business_id: Option<String>,
}
