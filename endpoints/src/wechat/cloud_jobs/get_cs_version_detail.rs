//! `getcsversiondetail`: `POST /componenttcb/getcsversiondetail`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/getcsversiondetail.html>.
//! Note: this family's 2.0 pages give no English interface name; the name is the path's last segment.
//! Unverified: the page is not in the stored copies; the fields follow the corpus samples and a
//! third-party model of the page; errors are the family's table (from the sibling page
//! `createcontainerservice`).
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use super::{RepositoryType, UploadType};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a container-service version's configuration and status.
#[wx_endpoint(
    name = "getcsversiondetail",
    path = "/componenttcb/getcsversiondetail",
    credential = component,
    credential_param = access_token,
    response = CsVersionDetail,
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
pub struct GetCsVersionDetail {
    /// The environment's id.
    pub env: String,
    /// The service's name.
    pub service_name: String,
    /// The version's name.
    pub version_name: String,
}

/// A version's configuration and status, as `getcsversiondetail` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CsVersionDetail {
    /// The version's name.
    pub version_name: String,
    /// The version's remark.
    pub remark: String,
    /// The Dockerfile's path.
    pub dockerfile_path: String,
    /// The build directory.
    pub build_dir: String,
    /// CPU cores.
    pub cpu: f64,
    /// Memory in GB.
    pub mem: f64,
    /// Minimum replicas.
    pub minnum: u32,
    /// Maximum replicas.
    pub maxnum: u32,
    /// The scaling policy's type (`cpu`).
    pub policy_type: String,
    /// The scaling policy's threshold.
    pub policy_threshold: u32,
    /// Environment variables.
    pub env_params: String,
    /// When the version was created (`yyyy-MM-dd HH:mm:ss`).
    pub created_time: String,
    /// When the version was last changed (`yyyy-MM-dd HH:mm:ss`).
    pub updated_time: String,
    /// The version's IP address.
    pub version_ip: String,
    /// The version's port.
    pub version_port: u32,
    /// The version's status (for example `normal`).
    pub status: String,
    /// The code package's name.
    pub package_name: String,
    /// The code package's version.
    pub package_version: String,
    /// How the version's code was supplied.
    pub upload_type: Option<UploadType>,
    /// Where the repository is hosted.
    pub repo_type: Option<RepositoryType>,
    /// The repository's address.
    pub repo: String,
    /// The branch.
    pub branch: String,
    /// Custom log collection paths.
    pub custom_logs: String,
    /// The port the service listens on.
    pub container_port: u32,
    /// The image's address.
    pub image_url: String,
}
