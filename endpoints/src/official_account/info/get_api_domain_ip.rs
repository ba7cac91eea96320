//! `getApiDomainIp`: `GET /cgi-bin/get_api_domain_ip`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Basic_Information/Get_the_WeChat_server_IP_address.html>.
//! Note: name and error rows from the newer page doc/subscription/api/base/api_getapidomainip.html; a third-party
//! platform may call it with its component token or, on a merchant's behalf, with the authorizer token.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the IPs and ranges of api.weixin.qq.com (where the developer's server connects to); refresh daily.
#[wx_endpoint(
    name = "getApiDomainIp",
    path = "/cgi-bin/get_api_domain_ip",
    method = GET,
    response = ApiDomainIp,
    errors(
        use CommonError,
        40013 => InvalidAppid: "invalid appid",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetApiDomainIp;

/// The API servers' addresses returned by `getApiDomainIp`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ApiDomainIp {
    /// IPs and CIDR ranges.
    pub ip_list: Vec<String>,
}
