//! `updatekfaccount`: `POST /customservice/kfaccount/update`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html#2>.
//! Note: the interface name, permission sets and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/en/api/customer/servicermanage/api_updatekfaccount>.
//! Unverified: `password` appears only in the older page's example; the newer page no longer lists it.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Changes a customer-service account's nickname.
#[wx_endpoint(
    name = "updatekfaccount",
    path = "/customservice/kfaccount/update",
    perm_sets = [1, 6, 100..=101],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UpdateKfAccount {
    /// The full account, `prefix@official-account-wechat-id`.
    #[wx(non_empty)]
    pub kf_account: String,
    /// The new nickname, at most 16 characters.
    #[wx(chars = 1..=16)]
    pub nickname: String,
    /// The login password as the MD5 of the plain text (older page only).
    pub password: Option<String>,
}
