//! `createcsversion`: `POST /componenttcb/createcsversion`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/batch/createcsversion.html>.
//! Note: this family's 2.0 pages give no English interface name; the name is the path's last segment.
//! Unverified: the page is not in the stored copies; the fields follow the corpus samples and the
//! table of its batch twin `batchcreatecsversion` (one `env` instead of `envs`); errors are the
//! family's table (from the sibling page `createcontainerservice`).
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use super::{CodeDetail, ImageInfo, ImageSecretInfo, RepositoryType, UploadType};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a version of a container service.
#[wx_endpoint(
    name = "createcsversion",
    path = "/componenttcb/createcsversion",
    credential = component,
    credential_param = access_token,
    response = CreatedVersion,
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CreateCsVersion {
    /// The environment's id.
    pub env: String,
    /// The service's name.
    pub service_name: String,
    /// How the code is supplied.
    pub upload_type: UploadType,
    /// The version's share of the traffic, in percent (default 0).
    #[wx(range = 0..=100)]
    pub flow_ratio: Option<u32>,
    /// CPU cores (default 0.5).
    pub cpu: Option<f64>,
    /// Memory in GB (default 1).
    pub mem: Option<f64>,
    /// Minimum replicas (default 0).
    #[wx(range = 0..=50)]
    pub minnum: Option<u32>,
    /// Maximum replicas (default 50, at most 50).
    #[wx(range = 0..=50)]
    pub maxnum: Option<u32>,
    /// The scaling policy's type (`cpu`, the default).
    pub policy_type: Option<String>,
    /// The scaling policy's threshold (default 60).
    pub policy_threshold: Option<u32>,
    /// The port the service listens on (default 80).
    pub container_port: Option<u32>,
    /// Where the repository is hosted.
    pub repository_type: Option<RepositoryType>,
    /// The Dockerfile's path.
    pub dockerfile_path: Option<String>,
    /// The build directory.
    pub build_dir: Option<String>,
    /// Environment variables.
    pub env_params: Option<String>,
    /// The repository's address.
    pub repository: Option<String>,
    /// The branch.
    pub branch: Option<String>,
    /// The version's remark.
    pub version_remark: Option<String>,
    /// The code package's name.
    pub package_name: Option<String>,
    /// The code package's version.
    pub package_version: Option<String>,
    /// The image, for image uploads.
    pub image_info: Option<ImageInfo>,
    /// Where code is pulled from (GitHub and similar).
    pub code_detail: Option<CodeDetail>,
    /// Credentials for a private image registry.
    pub image_secret_info: Option<ImageSecretInfo>,
    /// The private image's pull-secret name (WeChat's spelling).
    pub image_pulls_secret: Option<String>,
    /// Custom log collection paths.
    pub custom_logs: Option<String>,
}

/// The version `createcsversion` created.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct CreatedVersion {
    /// The new version's name.
    pub version_name: String,
}
