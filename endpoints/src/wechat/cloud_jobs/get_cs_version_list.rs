//! `getcsversionlist`: `POST /componenttcb/getcsversionlist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/getcsversionlist.html>.
//! Note: this family's 2.0 pages give no English interface name; the name is the path's last segment.
//! Unverified: the page is not in the stored copies; the fields follow the corpus samples and a
//! third-party model of the page; errors are the family's table (from the sibling page
//! `createcontainerservice`).
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use super::UploadType;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the versions of a container service.
#[wx_endpoint(
    name = "getcsversionlist",
    path = "/componenttcb/getcsversionlist",
    credential = component,
    credential_param = access_token,
    response = CsVersionList,
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
pub struct GetCsVersionList {
    /// The environment's id.
    pub env: String,
    /// The service's name.
    pub service_name: String,
    /// Where the page starts.
    pub offset: Option<u32>,
    /// How many versions a page holds.
    pub limit: Option<u32>,
}

/// The versions `getcsversionlist` returns.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CsVersionList {
    /// How many versions the service has.
    pub total: u64,
    /// The versions.
    pub items: Vec<CsVersionSummary>,
}

/// A version in the list.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CsVersionSummary {
    /// The version's name.
    pub version_name: String,
    /// The version's status (for example `normal`, `build_fail`).
    pub status: String,
    /// When the version was created (`yyyy-MM-dd HH:mm:ss`).
    pub created_time: String,
    /// When the version was last changed (`yyyy-MM-dd HH:mm:ss`).
    pub updated_time: String,
    /// The version's share of the traffic, in percent.
    pub flow_ratio: u32,
    /// The build's id.
    pub buildid: u64,
    /// How the version's code was supplied.
    pub upload_type: Option<UploadType>,
    /// Minimum replicas.
    pub min_replicas: u32,
    /// Maximum replicas.
    pub max_replicas: u32,
}
