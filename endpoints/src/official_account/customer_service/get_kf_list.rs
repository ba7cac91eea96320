//! `getkflist`: `GET /cgi-bin/customservice/getkflist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html#5>.
//! Note: the interface name, permission sets and fields were read on the newer pages
//! <https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_getkflist> and its
//! subscription-account twin (which adds `business_id` and `kf_openid`). The table types `invite_expire_time`
//! as a string holding a Unix time; the example prints a number: both are read.
//! Unverified: the page's error table was cut after 0 in the stored copy; only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists every customer-service account with its nickname, avatar and binding state.
#[wx_endpoint(
    name = "getkflist",
    path = "/cgi-bin/customservice/getkflist",
    method = GET,
    perm_sets = [1, 6, 19, 100..=101],
    response = KfList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetKfList {
    /// The customer-service sub-merchant's id; left out for ordinary accounts.
    pub business_id: Option<String>,
}

/// The accounts returned by `getkflist`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct KfList {
    /// The customer-service accounts.
    pub kf_list: Vec<KfAccountInfo>,
}

/// One customer-service account.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct KfAccountInfo {
    /// The full account, `prefix@official-account-wechat-id`.
    pub kf_account: String,
    /// The nickname.
    pub kf_nick: String,
    /// The account's number.
    pub kf_id: String,
    /// The avatar's URL.
    pub kf_headimgurl: String,
    /// The WeChat ID of the bound worker, when bound.
    pub kf_wx: String,
    /// The WeChat ID invited to bind, while not bound.
    pub invite_wx: String,
    /// When the pending invitation expires (Unix time).
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub invite_expire_time: u64,
    /// The invitation's state.
    pub invite_status: Option<InviteStatus>,
    /// The account's OpenID.
    pub kf_openid: String,
}

crate::wire_enum! {
    /// A binding invitation's state (`invite_status`).
    pub enum InviteStatus: text {
        /// `waiting`: awaiting confirmation.
        Waiting = "waiting",
        /// `rejected`: refused.
        Rejected = "rejected",
        /// `expired`: expired.
        Expired = "expired",
    }
}
