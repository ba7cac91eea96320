//! `updateCloudbaseServiceVersion`: `POST /componenttcb/rollupdatecloudbaserunserverversion`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudrun-batch/service-mgnt/updateCloudbaseServiceVersion.html>.
//! Note: the page types `cpu`, `mem`, `min_num`, `max_num`, `policy_threshold` as strings (as the
//! sample sends them), unlike `createCloudbaseServiceVersion`.
//! Unverified: the stored page copies end at the request table; the nested structures follow the
//! sample and `createCloudbaseServiceVersion`; the response (`result`, `run_id`) follows the sample;
//! the errors are the family's table.

use super::{HpaPolicy, RunCodeDetail, RunImageInfo, RunRepositoryType, RunUploadType, VolumeMount};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Rolls a Cloud Run service version over to new code or settings.
#[wx_endpoint(
    name = "updateCloudbaseServiceVersion",
    path = "/componenttcb/rollupdatecloudbaserunserverversion",
    credential = component,
    credential_param = access_token,
    response = ServiceVersionUpdated,
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
pub struct UpdateCloudbaseServiceVersion {
    /// The environment's id.
    pub env_id: String,
    /// The version to replace; may be `latest`.
    pub version_name: String,
    /// How the code is supplied.
    pub upload_type: Option<RunUploadType>,
    /// Where the repository is hosted.
    pub repository_type: Option<RunRepositoryType>,
    /// The version's share of the traffic, in percent.
    #[wx(range = 0..=100)]
    pub flow_ratio: Option<u32>,
    /// The Dockerfile's path.
    pub dockerfile_path: Option<String>,
    /// The build directory.
    pub build_dir: Option<String>,
    /// CPU cores, as a decimal string (`"0.25"`).
    pub cpu: Option<String>,
    /// Memory in GB, as a decimal string (`"0.5"`).
    pub mem: Option<String>,
    /// Minimum replicas, as a string (at least `"0"`).
    pub min_num: Option<String>,
    /// Maximum replicas, as a string.
    pub max_num: Option<String>,
    /// The scaling policy's type (for example `cpu`).
    pub policy_type: Option<String>,
    /// The scaling policy's threshold, as a string.
    pub policy_threshold: Option<String>,
    /// Environment variables (a JSON object in a string, such as `{}`).
    pub env_params: Option<String>,
    /// The port the container listens on.
    pub container_port: Option<u32>,
    /// The service's name.
    pub server_name: Option<String>,
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
    pub image_info: Option<RunImageInfo>,
    /// Where code is pulled from (GitHub and similar).
    pub code_detail: Option<RunCodeDetail>,
    /// Whether traffic is replayed.
    pub is_rebuild: Option<bool>,
    /// Seconds before health checks start.
    pub initial_delay_seconds: Option<u32>,
    /// CFS volumes to mount.
    pub mount_volume_info: Option<Vec<VolumeMount>>,
    /// Whether this is a rollback.
    pub rollback: Option<bool>,
    /// The version history's name.
    pub snapshot_name: Option<String>,
    /// Custom log collection paths.
    pub custom_logs: Option<String>,
    /// Whether the unified domain is used.
    pub enable_union: Option<bool>,
    /// The service's path (takes effect only the first time).
    pub server_path: Option<String>,
    /// Whether CLS is updated.
    pub is_update_cls: Option<bool>,
    /// The autoscaling policy group.
    pub policy_detail: Option<Vec<HpaPolicy>>,
}

/// The outcome of `updateCloudbaseServiceVersion`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ServiceVersionUpdated {
    /// The result (`succ` on success).
    pub result: String,
    /// The build run's id.
    pub run_id: String,
}
