//! `getSupportVersion`: `POST /cgi-bin/wxopen/getweappsupportversion`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/getSupportVersion.html>.
//! Unverified: SKIT models it as GET; doc says POST.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the minimum base-library version and the usage of each version.
#[wx_endpoint(
    name = "getSupportVersion",
    path = "/cgi-bin/wxopen/getweappsupportversion",
    perm_sets = [18],
    response = SupportVersion,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetSupportVersion;

/// The base-library settings returned by `getSupportVersion`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SupportVersion {
    /// The current minimum base-library version.
    pub now_version: String,
    /// The share of users on each base-library version.
    pub uv_info: VersionUsage,
}

/// The share of users on each base-library version (`uv_info`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VersionUsage {
    /// One entry per version.
    pub items: Vec<VersionShare>,
}

/// One base-library version and its share of users.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VersionShare {
    /// The base-library version.
    pub version: String,
    /// The share of users on this version.
    pub percentage: f64,
}
