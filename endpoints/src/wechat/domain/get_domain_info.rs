//! `getDomainInfo`: `POST /wxa/getwxadevinfo`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/server/API/operation/api_getdomaininfo.html>.
//! Unverified: SKIT models it as GET; official page says POST.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the configured server and business domains.
#[wx_endpoint(
    name = "getDomainInfo",
    path = "/wxa/getwxadevinfo",
    perm_sets = [18],
    response = DomainInfo,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetDomainInfo {
    /// `getbizdomain`, `getserverdomain`, or unset for both.
    pub action: Option<String>,
}

/// The domains returned by `getDomainInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DomainInfo {
    /// `request` (HTTPS request) domains.
    pub requestdomain: Vec<String>,
    /// `socket` (WebSocket) domains.
    pub wsrequestdomain: Vec<String>,
    /// `uploadFile` domains.
    pub uploaddomain: Vec<String>,
    /// `downloadFile` domains.
    pub downloaddomain: Vec<String>,
    /// UDP domains.
    pub udpdomain: Vec<String>,
    /// Business (web-view) domains.
    pub bizdomain: Vec<String>,
}
