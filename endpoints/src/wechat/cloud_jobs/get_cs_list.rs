//! `getcslist`: `POST /componenttcb/getcslist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/getcslist.html>.
//! Note: this family's 2.0 pages give no English interface name; the name is the path's last segment.
//! Unverified: the page is not in the stored copies; the fields follow the corpus samples and a
//! third-party model of the page; errors are the family's table (from the sibling page
//! `createcontainerservice`).
//! Unverified: `offset` and `limit` appear only in the third-party model, not in the sample.
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the container services of an environment.
#[wx_endpoint(
    name = "getcslist",
    path = "/componenttcb/getcslist",
    credential = component,
    credential_param = access_token,
    response = CsList,
    errors(
        use CommonError,
        -1000 => SystemError: "system error",
        40014 => InvalidAccessToken: "invalid access_token: check that it is the latest and unexpired",
        40097 => InvalidArgs: "invalid arguments",
        40101 => MissingParameter: "a required parameter is missing",
        41001 => AccessTokenMissing: "the access_token parameter is missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePost: "the request must use POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the POST body is not valid JSON or lacks parameters",
        85088 => CloudBaseNotEnabled: "CloudBase is not enabled for this app",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetCsList {
    /// The environment's id.
    pub env: String,
    /// Where the page starts.
    pub offset: Option<u32>,
    /// How many services a page holds.
    pub limit: Option<u32>,
}

/// The container services `getcslist` returns.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct CsList {
    /// The services.
    pub cslist: Vec<ContainerServiceInfo>,
    /// How many services the environment has.
    pub total: u64,
}

/// A container service.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ContainerServiceInfo {
    /// The service's name.
    pub server_name: String,
    /// When the service was created (`yyyy-MM-dd HH:mm:ss`).
    pub created_time: String,
    /// When the service was last changed (`yyyy-MM-dd HH:mm:ss`).
    pub updated_time: String,
    /// The service's status (`succ` when ready).
    pub status: String,
    /// The VPC's id.
    pub vpcid: String,
    /// The service's image repository.
    pub image_repo: String,
}
