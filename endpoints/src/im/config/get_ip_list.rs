//! `GetIPList`: `POST /v4/ConfigSvc/GetIPList`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/36742>.
//! Note: the page's request line also takes `nettype` as a URL parameter (0 all addresses, 1/2 native
//! SDK inside/outside the Chinese mainland, 3/4 web SDK, 5/6 webhook egress); the attribute cannot
//! carry a per-call query parameter for IM, so it is not sent and the server's default applies.
//! Addresses outside the Chinese mainland need the feature enabled by Tencent. The page lists no
//! errors of its own beyond the common 60000-79999 codes.

use serde::Deserialize;

use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Gets the IP addresses and ranges of the IM servers and webhook egress, e.g. for firewall rules.
#[wx_endpoint(
    name = "GetIPList",
    family = im,
    path = "/v4/ConfigSvc/GetIPList",
    response = IpList,
    idempotent,
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetIpList {}

/// The server addresses.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct IpList {
    /// IP addresses and CIDR ranges, e.g. `183.192.202.0/25`.
    #[serde(rename = "IPList")]
    pub ip_list: Vec<String>,
}
