//! `getCallbackIp`: `GET /cgi-bin/getcallbackip`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_the_WeChat_server_IP_address.html>.
//! Note: name and error rows from the newer page doc/subscription/api/base/api_getcallbackip.html; a third-party
//! platform may call it with its component token or, on a merchant's behalf, with the authorizer token.
//! Note: the newer page's table types `ip_list` as string; its samples and the older page show a list of strings.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the IPs and ranges WeChat pushes callbacks from, to restrict who may call the developer's server.
#[wx_endpoint(
    name = "getCallbackIp",
    path = "/cgi-bin/getcallbackip",
    method = GET,
    response = CallbackIp,
    errors(
        use CommonError,
        40013 => InvalidAppid: "invalid appid",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetCallbackIp;

/// The push servers' addresses returned by `getCallbackIp`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CallbackIp {
    /// IPs and CIDR ranges.
    pub ip_list: Vec<String>,
}
