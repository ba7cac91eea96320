//! What a Cloud Run service version is built and run from, shared by
//! `createCloudbaseServiceVersion`, `updateCloudbaseServiceVersion` and `createCloudbaseService`.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// How a version's code is supplied (`upload_type`).
    pub enum RunUploadType: text {
        /// A code package.
        Package = "package",
        /// A code repository.
        Repository = "repository",
        /// A container image.
        Image = "image",
        /// A Java JAR package.
        Jar = "jar",
        /// A Java WAR package.
        War = "war",
    }
}

crate::wire_enum! {
    /// Where a repository is hosted (`repository_type`).
    pub enum RunRepositoryType: text {
        /// Coding.
        Coding = "coding",
        /// GitLab.
        Gitlab = "gitlab",
        /// GitHub.
        Github = "github",
    }
}

/// The image a version runs (`image_info`, `CloudBaseRunImageInfo`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RunImageInfo {
    /// The image repository's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repository_name: Option<String>,
    /// Whether the image is public.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_public: Option<bool>,
    /// The image's tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
    /// The image registry's server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_addr: Option<String>,
    /// The address the image is pulled from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
}

/// Where code is pulled from, for GitHub and similar repositories (`code_detail`,
/// `CloudBaseCodeRepoDetail`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RunCodeDetail {
    /// The repository's names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<RunCodeRepoName>,
    /// The repository's URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A repository's names (`code_detail.name`, `CloudBaseCodeRepoName`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RunCodeRepoName {
    /// The repository's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The repository's full name (`owner/name`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
}

/// Credentials for a private image registry (`image_secret_info`, `CloudBaseRunImageSecretInfo`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RunImageSecretInfo {
    /// The registry's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registry_server: Option<String>,
    /// The registry user's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The registry user's password.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// The registry user's email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// A CFS (NFS) volume mounted into the container (`CloudBaseRunVolumeMount`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VolumeMount {
    /// The resource's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Where the volume is mounted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mount_path: Option<String>,
    /// Whether the mount is read-only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// The NFS volumes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nfs_volumes: Option<Vec<NfsVolumeSource>>,
}

/// An NFS volume (`CloudBaseRunNfsVolumeSource`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NfsVolumeSource {
    /// The NFS server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<String>,
    /// The path on the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Whether the volume is read-only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// The secret's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_name: Option<String>,
    /// Whether a temporary (empty-dir) volume is allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_empty_dir_volume: Option<bool>,
}

/// A rule of the autoscaling policy group (`policy_detail`, `HpaPolicy`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HpaPolicy {
    /// The policy's type (for example `cpu`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_type: Option<String>,
    /// The policy's threshold.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_threshold: Option<u32>,
}

/// An Elasticsearch log sink (`es_info`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EsInfo {
    /// The ES instance's id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<u64>,
    /// The secret's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_name: Option<String>,
    /// The IP address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// The port.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u32>,
    /// The index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<String>,
    /// The account's user name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The account's password.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}
