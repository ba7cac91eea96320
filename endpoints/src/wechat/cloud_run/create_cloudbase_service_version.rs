//! `createCloudbaseServiceVersion`: `POST /componenttcb/createcloudbaserunserverversion`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudrun-batch/service-mgnt/createCloudbaseServiceVersion.html>.
//! Unverified: the stored page copies end at `initial_delay_seconds`; the later fields and the nested
//! structures follow the corpus sample (`has_dockerfile`, `code_detail.name.full_name`) and a
//! third-party model of the page; the response and the errors (the family's table) are unconfirmed.

use super::{
    EsInfo, HpaPolicy, RunCodeDetail, RunImageInfo, RunImageSecretInfo, RunRepositoryType, RunUploadType,
    VolumeMount,
};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Creates a version of a Cloud Run service, built from a package, a repository or an image.
#[wx_endpoint(
    name = "createCloudbaseServiceVersion",
    path = "/componenttcb/createcloudbaserunserverversion",
    credential = component,
    credential_param = access_token,
    response = ServiceVersionCreated,
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
pub struct CreateCloudbaseServiceVersion {
    /// The environment's id.
    pub env_id: String,
    /// How the code is supplied.
    pub upload_type: RunUploadType,
    /// The version's share of the traffic, in percent.
    #[wx(range = 0..=100)]
    pub flow_ratio: u32,
    /// CPU cores.
    pub cpu: f64,
    /// Memory in GB.
    pub mem: f64,
    /// Minimum replicas (at least 0).
    pub min_num: u32,
    /// Maximum replicas (at most 50).
    #[wx(range = 0..=50)]
    pub max_num: u32,
    /// The scaling policy's type (for example `cpu`).
    pub policy_type: String,
    /// The scaling policy's threshold.
    pub policy_threshold: u32,
    /// The port the service listens on.
    pub container_port: u32,
    /// The service's name.
    pub server_name: String,
    /// Where the repository is hosted.
    pub repository_type: Option<RunRepositoryType>,
    /// The Dockerfile's path.
    pub dockerfile_path: Option<String>,
    /// The build directory.
    pub build_dir: Option<String>,
    /// Environment variables (a JSON object in a string, such as `{}`).
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
    pub image_info: Option<RunImageInfo>,
    /// Where code is pulled from (GitHub and similar).
    pub code_detail: Option<RunCodeDetail>,
    /// Credentials for a private image registry.
    pub image_secret_info: Option<RunImageSecretInfo>,
    /// The private image's pull-secret name.
    pub image_pull_secret: Option<String>,
    /// Custom log collection paths.
    pub custom_logs: Option<String>,
    /// Seconds before health checks start.
    pub initial_delay_seconds: Option<u32>,
    /// CFS volumes to mount.
    pub mount_volume_info: Option<Vec<VolumeMount>>,
    /// The access type.
    pub access_type: Option<u32>,
    /// The Elasticsearch log sink.
    pub es_info: Option<EsInfo>,
    /// Whether the unified domain is used.
    pub enable_union: Option<bool>,
    /// The service's path.
    pub server_path: Option<String>,
    /// Sidecar containers.
    pub sidecar_specs: Option<Vec<SidecarSpec>>,
    /// Security settings of the container.
    pub security: Option<SecurityContext>,
    /// Volumes of the service.
    pub service_volumes: Option<Vec<ServiceVolume>>,
    /// Where the service's volumes are mounted.
    pub service_volume_mounts: Option<Vec<ServiceVolumeMount>>,
    /// Whether to create the JNS gateway.
    pub is_create_jns_gw: Option<u32>,
    /// 1 when the code contains a Dockerfile.
    pub has_dockerfile: Option<u32>,
    /// The base image.
    pub base_image: Option<String>,
    /// The container's entry point.
    pub entry_point: Option<String>,
    /// The repository's language.
    pub repo_language: Option<String>,
    /// The uploaded file's name.
    pub upload_filename: Option<String>,
    /// The autoscaling policy group.
    pub policy_detail: Option<Vec<HpaPolicy>>,
}

/// A sidecar container (`sidecar_specs`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SidecarSpec {
    /// The container's image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_image: Option<String>,
    /// The container's port.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_port: Option<u32>,
    /// The container's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    /// Environment variables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub env_var: Option<String>,
    /// Seconds before health checks start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initial_delay_seconds: Option<u32>,
    /// CPU cores.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu: Option<f64>,
    /// Memory in GB.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mem: Option<f64>,
    /// Security settings of the container.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security: Option<SecurityContext>,
    /// Volumes to mount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volume_mount_infos: Option<Vec<VolumeMount>>,
}

/// Security settings of a container (`security`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityContext {
    /// Kernel capabilities to add or drop.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<Capabilities>,
}

/// Kernel capabilities of a container (`security.capabilities`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Capabilities {
    /// Capabilities to add.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<String>>,
    /// Capabilities to drop.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drop: Option<Vec<String>>,
}

/// A volume of the service (`service_volumes`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceVolume {
    /// The volume's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The secret's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_name: Option<String>,
    /// Whether a temporary (empty-dir) volume is allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_empty_dir_volume: Option<bool>,
    /// The temporary volume's settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub empty_dir: Option<EmptyDirVolume>,
}

/// A temporary (empty-dir) volume (`service_volumes[].empty_dir`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmptyDirVolume {
    /// Whether a temporary volume is allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_empty_dir_volume: Option<bool>,
    /// The storage medium.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<String>,
    /// The volume's size limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_limit: Option<String>,
}

/// Where a service volume is mounted (`service_volume_mounts`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceVolumeMount {
    /// The volume's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Where the volume is mounted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mount_path: Option<String>,
    /// Whether the mount is read-only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// The sub-path within the volume.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub_path: Option<String>,
    /// How mounts propagate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mount_propagation: Option<String>,
}

/// The outcome of `createCloudbaseServiceVersion`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ServiceVersionCreated {
    /// The result (`succ` on success).
    pub result: String,
    /// The new version's name.
    pub version_name: String,
    /// The build run's id.
    pub run_id: String,
}
