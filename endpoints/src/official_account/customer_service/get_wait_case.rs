//! `getwaitcase`: `GET /customservice/kfsession/getwaitcase`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Customer_Service/Session_control.html>.
//! Note: the interface name, permission sets, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/customer/messctrl/api_getwaitcase>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the followers waiting for a customer-service session, in order of arrival (at most 100).
#[wx_endpoint(
    name = "getwaitcase",
    path = "/customservice/kfsession/getwaitcase",
    method = GET,
    perm_sets = [1, 6, 100..=101],
    response = WaitCases,
    errors(
        use CommonError,
        65400 => NewKfNotEnabled: "the new customer service is not enabled (or the upgrade is still in progress)",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetWaitCase;

/// The waiting followers returned by `getwaitcase`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WaitCases {
    /// How many followers wait.
    pub count: i64,
    /// The waiting followers, at most 100, in order of arrival.
    pub waitcaselist: Vec<WaitCase>,
}

/// One waiting follower.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WaitCase {
    /// When the follower's last message came (Unix time).
    pub latest_time: i64,
    /// The follower's OpenID.
    pub openid: String,
}
