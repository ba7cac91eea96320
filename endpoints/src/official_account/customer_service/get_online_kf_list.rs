//! `getonlinekflist`: `GET /cgi-bin/customservice/getonlinekflist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Customer_Service_Management.html#0>.
//! Note: the interface name, permission sets, fields and 65400 were read on the newer pages
//! <https://developers.weixin.qq.com/doc/service/api/customer/servicermanage/api_getonlinekflist> (which adds
//! `business_id` and `kf_openid`) and its subscription-account twin. The table types `kf_id` as a number; the
//! examples print a string: both are read.
//! Unverified: the service-account page's error table was cut after 40003 in the stored copy.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the customer-service accounts online now, with how many sessions each is serving.
#[wx_endpoint(
    name = "getonlinekflist",
    path = "/cgi-bin/customservice/getonlinekflist",
    method = GET,
    perm_sets = [1, 6, 19, 100..=101],
    response = OnlineKfList,
    errors(
        use CommonError,
        65400 => NewKfNotEnabled: "the new customer service is not enabled (or the upgrade is still in progress)",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetOnlineKfList {
    /// The customer-service sub-merchant's id; left out for ordinary accounts.
    pub business_id: Option<String>,
}

/// The online accounts returned by `getonlinekflist`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OnlineKfList {
    /// The online customer-service accounts.
    pub kf_online_list: Vec<OnlineKf>,
}

/// One online customer-service account.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OnlineKf {
    /// The full account, `prefix@official-account-wechat-id`.
    pub kf_account: String,
    /// Whether it is online.
    pub status: Option<KfOnlineStatus>,
    /// The account's number.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub kf_id: u64,
    /// How many sessions it is serving.
    pub accepted_case: i64,
    /// The account's OpenID.
    pub kf_openid: String,
}

crate::wire_enum! {
    /// A customer-service account's online state (`status`).
    pub enum KfOnlineStatus: code {
        /// 0: offline.
        Offline = 0,
        /// 1: online on the web.
        WebOnline = 1,
    }
}
