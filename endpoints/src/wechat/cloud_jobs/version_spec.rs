//! What a new container-service version is built from, shared by `createcsversion` and
//! `batchcreatecsversion`, and a version's traffic share, shared by `setcspropotion` and
//! `batchsetcspropotion`.

use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// How a version's code is supplied (`upload_type`).
    pub enum UploadType: text {
        /// A code package.
        Package = "package",
        /// A code repository.
        Repository = "repository",
        /// A container image.
        Image = "image",
    }
}

crate::wire_enum! {
    /// Where a repository is hosted (`repository_type`).
    pub enum RepositoryType: text {
        /// Coding.
        Coding = "coding",
        /// GitLab.
        Gitlab = "gitlab",
        /// GitHub.
        Github = "github",
    }
}

/// The image a version runs (`image_info`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImageInfo {
    /// The image repository's name.
    pub repository_name: String,
    /// Whether the image is public.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ispublic: Option<bool>,
    /// The image's tag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tagname: Option<String>,
    /// The image registry's server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_addr: Option<String>,
    /// The address the image is pulled from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
}

/// Where code is pulled from, for GitHub and similar repositories (`code_detail`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CodeDetail {
    /// The repository's names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<CodeRepoName>,
    /// The repository's URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A repository's names (`code_detail.name`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CodeRepoName {
    /// The repository's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The repository's full name (`owner/name`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fullname: Option<String>,
}

/// Credentials for a private image registry (`image_secret_info`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ImageSecretInfo {
    /// The registry's address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registryserver: Option<String>,
    /// The registry user's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The registry user's password.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// The registry user's email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// A version's share of its service's traffic (an element of `items`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionFlow {
    /// The version's name.
    pub version_name: String,
    /// The version's share of the traffic, in percent (0-100).
    pub flow_ratio: u32,
}
