//! `getVersionList`: `GET /wxaapi/log/get_client_version`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/operation/operation.getVersionList.html>.
//! Note: permission set 18 is from the OpenApiDoc and server/API versions of the page. The page lists no own error
//! codes (only 40001).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists client versions, per kind of client (WeChat client, service direct access).
#[wx_endpoint(
    name = "getVersionList",
    path = "/wxaapi/log/get_client_version",
    method = GET,
    perm_sets = [18],
    response = ClientVersions,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetVersionList;

/// The versions returned by `getVersionList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ClientVersions {
    /// One list per kind of client.
    pub cvlist: Vec<ClientVersionList>,
}

/// The versions of one kind of client (`cvlist`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ClientVersionList {
    /// The kind of client.
    #[serde(rename = "type")]
    pub client_type: Option<ClientType>,
    /// The versions.
    pub client_version_list: Vec<String>,
}

crate::wire_enum! {
    /// A kind of client (`type`).
    pub enum ClientType: code {
        /// 1: the WeChat client.
        Client = 1,
        /// 2: service direct access.
        ServiceDirect = 2,
    }
}
